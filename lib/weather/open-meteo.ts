import { z } from 'zod';
import type { City } from './cities';

/** Open-Meteo's forecast API (free, no key). WEATHER_API_URL points it elsewhere, e.g. at a local stub in tests. */
export const DEFAULT_WEATHER_API_URL = 'https://api.open-meteo.com';
export const UPSTREAM_TIMEOUT_MS = 1000;

export interface WeatherReport {
  temperatureC: number;
  highC: number;
  lowC: number;
  weatherCode: number;
  /** When the provider observed it (ISO, UTC). */
  observedAt: string;
}

const responseSchema = z.object({
  current: z.object({
    time: z.union([z.number(), z.string()]),
    temperature_2m: z.number().finite().min(-100).max(70),
    weather_code: z.number().int().min(0).max(99),
  }),
  daily: z.object({
    temperature_2m_max: z.array(z.number().finite().min(-100).max(70)).min(1),
    temperature_2m_min: z.array(z.number().finite().min(-100).max(70)).min(1),
  }),
});

export function weatherApiUrl(): string {
  return (process.env.WEATHER_API_URL ?? DEFAULT_WEATHER_API_URL).replace(/\/+$/, '');
}

export function forecastUrl(city: City, base: string = weatherApiUrl()): string {
  const params = new URLSearchParams({
    latitude: String(city.latitude),
    longitude: String(city.longitude),
    current: 'temperature_2m,weather_code',
    daily: 'temperature_2m_max,temperature_2m_min',
    timezone: city.timeZone,
    forecast_days: '1',
    timeformat: 'unixtime',
  });
  return `${base}/v1/forecast?${params}`;
}

/** Validates a forecast response; anything unexpected is an error, never a crash or an invented figure. */
export function parseForecast(body: unknown): WeatherReport {
  const parsed = responseSchema.safeParse(body);
  if (!parsed.success) throw new Error(`Unexpected weather response: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const { current, daily } = parsed.data;
  const seconds = Number(current.time);
  return {
    temperatureC: current.temperature_2m,
    highC: daily.temperature_2m_max[0]!,
    lowC: daily.temperature_2m_min[0]!,
    weatherCode: current.weather_code,
    observedAt: Number.isFinite(seconds)
      ? new Date(seconds * 1000).toISOString()
      : new Date(current.time).toISOString(),
  };
}

export async function fetchForecast(city: City, timeoutMs: number = UPSTREAM_TIMEOUT_MS): Promise<WeatherReport> {
  const response = await fetch(forecastUrl(city), { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' });
  if (!response.ok) throw new Error(`Weather provider answered ${response.status}`);
  return parseForecast(await response.json());
}
