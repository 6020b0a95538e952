import type { WeatherReport } from './open-meteo';

export const FRESH_FOR_MS = 10 * 60 * 1000;
export const SERVE_STALE_FOR_MS = 6 * 60 * 60 * 1000;
/** After a failure, wait before asking the provider again, so an outage is not hammered. */
export const RETRY_AFTER_FAILURE_MS = 30 * 1000;

interface Entry {
  report: WeatherReport | null;
  fetchedAt: number;
  failedAt: number;
  inflight: Promise<void> | null;
}

export interface WeatherLookup {
  report: WeatherReport | null;
  fetchedAt: number | null;
}

/**
 * Per-city weather shared by all requests: fresh for 10 minutes, one upstream call at a time per city
 * (concurrent requests share it), and the last good value served for up to 6 hours while the provider fails.
 */
export class WeatherCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly fetchReport: (cityId: string) => Promise<WeatherReport>,
    private readonly now: () => number = Date.now,
    private readonly onError: (cityId: string, error: unknown) => void = () => {},
  ) {}

  /** Refreshes when due and waits at most `waitMs` for it; returns what is servable now. */
  async get(cityId: string, waitMs: number): Promise<WeatherLookup> {
    const entry = this.entry(cityId);
    const refresh = this.refreshIfDue(cityId, entry);
    if (refresh) await Promise.race([refresh, delay(waitMs)]);
    return this.servable(entry);
  }

  private entry(cityId: string): Entry {
    let entry = this.entries.get(cityId);
    if (!entry) {
      entry = { report: null, fetchedAt: 0, failedAt: 0, inflight: null };
      this.entries.set(cityId, entry);
    }
    return entry;
  }

  private refreshIfDue(cityId: string, entry: Entry): Promise<void> | null {
    if (entry.inflight) return entry.inflight;
    const now = this.now();
    if (entry.report && now - entry.fetchedAt < FRESH_FOR_MS) return null;
    if (now - entry.failedAt < RETRY_AFTER_FAILURE_MS) return null;
    entry.inflight = this.fetchReport(cityId)
      .then((report) => {
        entry.report = report;
        entry.fetchedAt = this.now();
      })
      .catch((error: unknown) => {
        entry.failedAt = this.now();
        this.onError(cityId, error);
      })
      .finally(() => {
        entry.inflight = null;
      });
    return entry.inflight;
  }

  private servable(entry: Entry): WeatherLookup {
    if (!entry.report || this.now() - entry.fetchedAt > SERVE_STALE_FOR_MS) return { report: null, fetchedAt: null };
    return { report: entry.report, fetchedAt: entry.fetchedAt };
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
