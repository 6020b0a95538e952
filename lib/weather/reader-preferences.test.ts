import { describe, expect, it } from 'vitest';
import { loadCities } from './cities';
import { makeContentFixture } from '../../test-support/content-fixture';
import fs from 'node:fs';
import path from 'node:path';
import { readPreferences, safeReturnPath } from './reader-preferences';
import { CITY_COOKIE, UNIT_COOKIE } from './saved-choice';
import { celsiusToFahrenheit, formatTemperature } from './units';
import { describeWeatherCode } from './weather-codes';

describe('reader preferences', () => {
  const read = (cookies: Record<string, string>) => readPreferences((name) => cookies[name]);

  it('reads a valid city and unit', () => {
    expect(read({ [CITY_COOKIE]: 'tokyo', [UNIT_COOKIE]: 'f' })).toMatchObject({
      city: { id: 'tokyo', timeZone: 'Asia/Tokyo' },
      unit: 'f',
    });
  });
  it.each([
    ['no cookies', {}],
    ['an unknown city', { [CITY_COOKIE]: 'atlantis' }],
    ['tampered values', { [CITY_COOKIE]: '../../etc/passwd', [UNIT_COOKIE]: 'kelvin' }],
    ['a huge value', { [CITY_COOKIE]: 'x'.repeat(5000) }],
  ])('falls back to Beijing in °C for %s', (_name, cookies: Record<string, string>) => {
    expect(read(cookies)).toMatchObject({ city: { id: 'beijing' }, unit: 'c' });
  });
  it('returns only to same-site paths', () => {
    expect(safeReturnPath('/section/markets')).toBe('/section/markets');
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});

describe('cities registry', () => {
  it('has at least 12 valid cities with Beijing among them', () => {
    const { cities, problems } = loadCities();
    expect(problems).toEqual([]);
    expect(cities.length).toBeGreaterThanOrEqual(12);
    expect(cities.map((c) => c.id)).toContain('beijing');
  });
  it('leaves out and reports cities with out-of-range coordinates or unknown timezones', () => {
    const { contentDir } = makeContentFixture([]);
    fs.writeFileSync(
      path.join(contentDir, 'cities.json'),
      JSON.stringify([
        { id: 'nowhere', name: 'Nowhere', latitude: 123, longitude: 0, timeZone: 'UTC' },
        { id: 'mars', name: 'Mars', latitude: 0, longitude: 0, timeZone: 'Mars/Olympus' },
        { id: 'oslo', name: 'Oslo', latitude: 59.91, longitude: 10.75, timeZone: 'Europe/Oslo' },
      ]),
    );
    const { cities, problems } = loadCities(contentDir);
    expect(cities.map((c) => c.id)).toEqual(['oslo']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/\[0\]\.latitude/);
    expect(problems[1]).toMatch(/\[1\]\.timeZone: must be an IANA timezone/);
  });
});

describe('units and weather codes', () => {
  it('converts and formats temperatures', () => {
    expect(celsiusToFahrenheit(0)).toBe(32);
    expect(celsiusToFahrenheit(100)).toBe(212);
    expect(formatTemperature(22.9, 'c')).toBe('22.9 °C');
    expect(formatTemperature(22.9, 'f')).toBe('73.2 °F');
    expect(formatTemperature(-0.04, 'c')).toBe('0.0 °C');
  });
  it('maps WMO codes to labels and icons, with a neutral fallback', () => {
    expect(describeWeatherCode(0)).toEqual({ label: 'Clear sky', icon: 'clear' });
    expect(describeWeatherCode(95).label).toBe('Thunderstorm');
    expect(describeWeatherCode(42)).toEqual({ label: 'Unknown conditions', icon: 'cloudy' });
  });
});
