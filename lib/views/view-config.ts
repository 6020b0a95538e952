import path from 'node:path';

/** Readership settings from the environment, each bounded so a typo cannot disable counting or ranking. */
export interface ViewConfig {
  /** Directory of the SQLite file (default `.data/` in the working directory, which git ignores). */
  dataDir: string;
  /** When set, the Redis store is used instead of SQLite (several app instances share it). */
  redisUrl: string | null;
  /** The rolling ranking window, in hours (default 7 days, at most 30 days). */
  windowHours: number;
  /** How long a computed ranking is served before it is recomputed, in seconds (default 5 minutes). */
  refreshSeconds: number;
  /** Unique views an article needs in the window to be ranked by readership rather than by the editors. */
  minViews: number;
  /** Beacons one client may send per minute. */
  ratePerMinute: number;
  /** Readers (distinct user agents) one address may add to an article's count per day (a household behind one address). */
  readersPerAddress: number;
}

export function readViewConfig(env: NodeJS.ProcessEnv = process.env): ViewConfig {
  return {
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.VIEWS_DATA_DIR || path.join(process.cwd(), '.data')),
    redisUrl: env.REDIS_URL || null,
    windowHours: intIn(env.POPULAR_WINDOW_HOURS, 168, 1, 720),
    refreshSeconds: intIn(env.POPULAR_REFRESH_SECONDS, 300, 1, 300),
    minViews: intIn(env.POPULAR_MIN_VIEWS, 3, 1, 1_000),
    ratePerMinute: intIn(env.VIEWS_RATE_LIMIT_PER_MINUTE, 60, 1, 100_000),
    readersPerAddress: intIn(env.VIEWS_READERS_PER_ADDRESS, 3, 1, 1_000),
  };
}

function intIn(raw: string | undefined, fallback: number, min: number, max: number): number {
  const value = Number(raw);
  return raw && Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : fallback;
}
