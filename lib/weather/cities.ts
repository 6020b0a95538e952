import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentDir } from '../content/content-dir';
import { siteConfig } from '../site-config';

export const citySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA timezone such as Asia/Shanghai'),
  })
  .strict();

export type City = z.infer<typeof citySchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const FALLBACK_CITY: City = {
  id: 'beijing',
  name: 'Beijing',
  latitude: 39.9042,
  longitude: 116.4074,
  timeZone: 'Asia/Shanghai',
};

let cache: { cities: City[]; problems: string[] } | null = null;

/** The weather cities registry (data/cities.json); invalid entries (bad coordinates, unknown zones) are left out and reported. */
export function loadCities(dir: string = contentDir()): { cities: City[]; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown = [];
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, 'cities.json'), 'utf8'));
  } catch (error) {
    problems.push(`cities.json: cannot be read as JSON: ${(error as Error).message}`);
  }
  const cities: City[] = [];
  (Array.isArray(raw) ? raw : []).forEach((entry, index) => {
    const parsed = citySchema.safeParse(entry);
    if (parsed.success) cities.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push(`cities.json [${index}].${issue.path.join('.')}: ${issue.message}`);
  });
  return { cities, problems };
}

export function getCities(): City[] {
  if (!cache || process.env.NODE_ENV !== 'production') {
    cache = loadCities();
    for (const problem of cache.problems) console.error(problem);
  }
  return cache.cities.length > 0 ? cache.cities : [FALLBACK_CITY];
}

export function getDefaultCity(): City {
  const cities = getCities();
  return cities.find((c) => c.id === siteConfig.defaultWeatherCityId) ?? cities[0] ?? FALLBACK_CITY;
}

/** The city for an id from a cookie or query string; anything unknown or tampered gives the default city. */
export function resolveCity(id: string | null | undefined): City {
  return getCities().find((c) => c.id === id) ?? getDefaultCity();
}
