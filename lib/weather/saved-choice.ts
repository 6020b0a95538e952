import type { TemperatureUnit } from './units';

/** The cookies that keep a reader's weather city and unit: only these two values, readable by the header island. */
export const CITY_COOKIE = 'meridian-city';
export const UNIT_COOKIE = 'meridian-unit';
export const PREFERENCE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export interface SavedChoice {
  city: string;
  unit: TemperatureUnit;
}

/**
 * The choice saved in a `document.cookie` string, or null when there is none. A city outside `knownCityIds` is
 * ignored (the bar keeps the default); this runs in the browser, so it imports nothing from the server side.
 */
export function savedChoiceFromCookies(cookieString: string, knownCityIds: readonly string[]): SavedChoice | null {
  const values = new Map<string, string>();
  for (const pair of cookieString.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) values.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  const city = values.get(CITY_COOKIE);
  const unit = values.get(UNIT_COOKIE);
  if (city === undefined && unit === undefined) return null;
  return {
    city: city !== undefined && knownCityIds.includes(city) ? city : '',
    unit: unit === 'f' ? 'f' : 'c',
  };
}
