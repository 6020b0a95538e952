/**
 * Where unique article views are counted. Two implementations (SQLite for one instance, Redis for several)
 * pass the same suite (view-store.suite.ts). Neither ever receives an IP address, a user agent or a cookie:
 * only the article slug, the hour of the view and an opaque visitor hash that is unlinkable after its day.
 */
export interface ViewStore {
  /**
   * Counts one view of `slug` in the hour of `at`, unless the same visitor hash was already seen that UTC day or
   * the view's source (an address on this article that day, as an opaque hash) has already been counted
   * `perSource` times. Returns true when the view was counted. Atomic: concurrent calls count once, and never
   * more than `perSource` for one source.
   */
  recordView(view: RecordedView): Promise<boolean>;
  /** Unique views per article in the hours from the one holding `since` to the one holding `until`. */
  countsBetween(since: number, until: number): Promise<Map<string, number>>;
  /** The random salt of a UTC day, created on first use; it is discarded when its day is over. */
  saltFor(day: number): Promise<string>;
  /** Resolves when a view could be counted now; throws ViewStoreUnavailableError otherwise (for /api/health). */
  probe(): Promise<void>;
  close(): Promise<void>;
}

/** One view to count: the article, the hashed reader and source, how many readers one source may add, and when. */
export interface RecordedView {
  slug: string;
  visitor: string;
  source: string;
  perSource: number;
  at: number;
}

/** The store cannot be reached (file unavailable, Redis down): the beacon answers 503, the ranking falls back. */
export class ViewStoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ViewStoreUnavailableError';
  }
}

/**
 * Whether an error is the store being unavailable. Checked by name, not `instanceof`: the store lives on globalThis
 * and may have been created by another bundle (a route handler's or a page's), whose copy of the class differs.
 */
export function isViewStoreUnavailable(error: unknown): error is ViewStoreUnavailableError {
  return error instanceof Error && error.name === 'ViewStoreUnavailableError';
}

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** Hourly counts are kept this long, then pruned: longer than the longest allowed ranking window (30 days). */
export const RETAIN_COUNTS_MS = 35 * DAY_MS;

/** Hours and days since the epoch (UTC): the keys of the counts and of the daily dedup sets. */
export function hourOf(ms: number): number {
  return Math.floor(ms / HOUR_MS);
}

export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS);
}
