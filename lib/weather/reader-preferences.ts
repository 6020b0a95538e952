import { resolveCity, type City } from './cities';
import type { TemperatureUnit } from './units';

/** The reader's weather city and unit, kept in cookies that hold only these two choices. */
export const CITY_COOKIE = 'meridian-city';
export const UNIT_COOKIE = 'meridian-unit';
export const PREFERENCE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export interface ReaderPreferences {
  city: City;
  unit: TemperatureUnit;
}

export function parseUnit(raw: string | null | undefined): TemperatureUnit {
  return raw === 'f' ? 'f' : 'c';
}

/** Unknown, tampered or missing values fall back to the defaults; nothing here can throw. */
export function readPreferences(get: (name: string) => string | undefined): ReaderPreferences {
  return { city: resolveCity(get(CITY_COOKIE)), unit: parseUnit(get(UNIT_COOKIE)) };
}

/** A same-site path to return to after saving; anything else (absolute or protocol-relative URLs) goes home. */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.length > 512) return '/';
  return /[\u0000-\u001f]/.test(raw) ? '/' : raw;
}
