import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache-tags';
import { formatLongDate, isoDateIn, secondsUntilMidnightIn } from '../format/dates';
import { getCities, resolveCity, type City } from './cities';
import { fetchForecast } from './open-meteo';
import type { ReaderPreferences } from './reader-preferences';
import { formatTemperature, type TemperatureUnit } from './units';
import { WeatherCache } from './weather-cache';
import { describeWeatherCode, type WeatherIconKind } from './weather-codes';

/** What the header's reader bar shows: the date in the reader's city and, when known, its weather. */
export interface ReaderBarData {
  city: { id: string; name: string };
  unit: TemperatureUnit;
  date: { iso: string; label: string };
  weather: null | { temperature: string; high: string; low: string; label: string; icon: WeatherIconKind };
  /** When the weather was fetched from the provider (ms since epoch), for client freshness. */
  fetchedAt: number | null;
  cities: { id: string; name: string }[];
}

/** How long a page render waits for the weather before rendering without it (the fetch goes on in the background). */
export const RENDER_WAIT_MS = 250;

const WEATHER_FRESH_SECONDS = 600;
const WEATHER_RETRY_SECONDS = 30;

// One cache per server process, kept on globalThis so every route bundle shares it.
const globalKey = Symbol.for('meridian.weatherCache');
type WithCache = typeof globalThis & { [globalKey]?: WeatherCache };

function weatherCache(): WeatherCache {
  const holder = globalThis as WithCache;
  holder[globalKey] ??= new WeatherCache(
    (cityId) => fetchForecast(getCities().find((c) => c.id === cityId)!),
    Date.now,
    (cityId, error) => console.warn(`weather: ${cityId}: ${(error as Error).message}`),
  );
  return holder[globalKey];
}

export async function getReaderBar(
  { city, unit }: ReaderPreferences,
  waitMs: number = RENDER_WAIT_MS,
): Promise<ReaderBarData> {
  const { report, fetchedAt } = await weatherCache().get(city.id, waitMs);
  const now = new Date();
  const code = report ? describeWeatherCode(report.weatherCode) : null;
  return {
    city: { id: city.id, name: city.name },
    unit,
    date: { iso: isoDateIn(now, city.timeZone), label: formatLongDate(now, city.timeZone) },
    weather:
      report && code
        ? {
            temperature: formatTemperature(report.temperatureC, unit),
            high: formatTemperature(report.highC, unit),
            low: formatTemperature(report.lowC, unit),
            label: code.label,
            icon: code.icon,
          }
        : null,
    fetchedAt,
    cities: cityOptions(getCities()),
  };
}

/** How long the static shell's bar may be reused: 10 minutes with weather, 30 s without, never past the city's midnight. */
export function defaultBarLifetimeSeconds(data: ReaderBarData, now: Date, timeZone: string): number {
  return Math.min(data.weather ? WEATHER_FRESH_SECONDS : WEATHER_RETRY_SECONDS, secondsUntilMidnightIn(now, timeZone));
}

/**
 * A reader variant's bar (city and unit), baked into that variant's pages so crawlers, first paint and readers without
 * JavaScript have the date and weather without a per-request render; the header island refreshes it every 10 minutes.
 * An `expire` of at least 5 minutes keeps this cache entry inside the prerendered shell (shorter-lived entries would
 * make pages dynamic).
 */
export async function getCachedReaderBar(cityId: string, unit: TemperatureUnit): Promise<ReaderBarData> {
  'use cache';
  const city = resolveCity(cityId);
  const data = await getReaderBar({ city, unit });
  cacheLife({ stale: 30, revalidate: defaultBarLifetimeSeconds(data, new Date(), city.timeZone), expire: 60 * 60 * 6 });
  cacheTag(CACHE_TAGS.weather);
  return data;
}

function cityOptions(cities: City[]) {
  return cities.map((c) => ({ id: c.id, name: c.name }));
}
