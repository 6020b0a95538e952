import { resolveCity, type City } from './cities';
import { CITY_COOKIE, UNIT_COOKIE } from './saved-choice';
import type { TemperatureUnit } from './units';

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
