import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MemoryDailySalt } from './daily-salt';
import { dayOf, hourOf, RETAIN_COUNTS_MS, ViewStoreUnavailableError } from './view-store';
import type { RecordedView, ViewStore } from './view-store';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS view_counts (
    slug TEXT NOT NULL, hour INTEGER NOT NULL, views INTEGER NOT NULL,
    PRIMARY KEY (slug, hour)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS seen_today (
    day INTEGER NOT NULL, visitor TEXT NOT NULL,
    PRIMARY KEY (day, visitor)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS sources_today (
    day INTEGER NOT NULL, source TEXT NOT NULL, views INTEGER NOT NULL,
    PRIMARY KEY (day, source)
  ) WITHOUT ROWID;
`;
/**
 * After a failure, refuse writes at once for this long before trying the file again: better-sqlite3 is
 * synchronous, so every write against a locked file stalls the whole server for BUSY_TIMEOUT_MS.
 */
const COOL_OFF_MS = 2_000;
/** How long a write waits for another connection's lock; our own transactions take microseconds. */
const BUSY_TIMEOUT_MS = 100;

type Statements = ReturnType<typeof prepare>;

/**
 * The embedded store: one SQLite file (WAL mode) in `dir`, created on first use. Tables: hourly counts per
 * article, today's visitor hashes and today's counted views per source (earlier days are deleted as soon as a view
 * of a new day arrives).
 * The salt lives in memory only: this store serves one app instance.
 */
export class SqliteViewStore implements ViewStore {
  private db: Database.Database | null = null;
  private statements: Statements | null = null;
  private unavailable: { until: number; reason: string } | null = null;
  private prunedDay = -1;
  private readonly salt = new MemoryDailySalt();
  readonly file: string;

  constructor(dir: string) {
    this.file = path.join(path.resolve(dir), 'views.sqlite');
  }

  async recordView({ slug, visitor, source, perSource, at }: RecordedView): Promise<boolean> {
    return this.use((s) => {
      const day = dayOf(at);
      if (day > this.prunedDay) {
        s.pruneSeen.run(day);
        s.pruneSources.run(day);
        s.pruneCounts.run(hourOf(at - RETAIN_COUNTS_MS));
        this.prunedDay = day;
      }
      const counted = (s.sourceViews.get(day, source) as { views: number } | undefined)?.views ?? 0;
      if (counted >= perSource) return false;
      if (s.markSeen.run(day, visitor).changes === 0) return false;
      s.countSource.run(day, source);
      s.increment.run(slug, hourOf(at));
      return true;
    }, true);
  }

  async countsBetween(since: number, until: number): Promise<Map<string, number>> {
    return this.use((s) => {
      const rows = s.counts.all(hourOf(since), hourOf(until)) as { slug: string; views: number }[];
      return new Map(rows.map((r) => [r.slug, r.views]));
    }, false);
  }

  async saltFor(day: number): Promise<string> {
    return this.salt.saltFor(day);
  }

  async probe(): Promise<void> {
    this.use((s) => s.probeWrite.run(), true);
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = null;
    this.statements = null;
  }

  private use<T>(work: (s: Statements) => T, write: boolean): T {
    // Only writes wait out the cool-off: reading needs no write lock (WAL) and a read-only file still reads.
    if (write && this.unavailable && Date.now() < this.unavailable.until)
      throw new ViewStoreUnavailableError(this.unavailable.reason);
    const statements = this.open();
    try {
      if (!write) return work(statements);
      const result = this.db!.transaction(() => work(statements))();
      this.unavailable = null;
      return result;
    } catch (error) {
      // Locked, read-only or gone: drop the handle so that the next attempt reopens (the file may be back).
      throw this.failed(`View store ${this.file} failed`, error);
    }
  }

  private open(): Statements {
    if (this.statements) return this.statements;
    let db: Database.Database | null = null;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      db = new Database(this.file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      db.exec(SCHEMA);
      this.db = db;
      this.statements = prepare(db);
      return this.statements;
    } catch (error) {
      db?.close();
      throw this.failed(`Cannot open view store ${this.file}`, error);
    }
  }

  private failed(context: string, error: unknown): ViewStoreUnavailableError {
    void this.close();
    const reason = `${context}: ${(error as Error).message}`;
    this.unavailable = { until: Date.now() + COOL_OFF_MS, reason };
    return new ViewStoreUnavailableError(reason, { cause: error });
  }
}

function prepare(db: Database.Database) {
  return {
    pruneSeen: db.prepare('DELETE FROM seen_today WHERE day < ?'),
    pruneCounts: db.prepare('DELETE FROM view_counts WHERE hour < ?'),
    pruneSources: db.prepare('DELETE FROM sources_today WHERE day < ?'),
    sourceViews: db.prepare('SELECT views FROM sources_today WHERE day = ? AND source = ?'),
    countSource: db.prepare(
      'INSERT INTO sources_today (day, source, views) VALUES (?, ?, 1) ON CONFLICT (day, source) DO UPDATE SET views = views + 1',
    ),
    markSeen: db.prepare('INSERT OR IGNORE INTO seen_today (day, visitor) VALUES (?, ?)'),
    increment: db.prepare(
      'INSERT INTO view_counts (slug, hour, views) VALUES (?, ?, 1) ON CONFLICT (slug, hour) DO UPDATE SET views = views + 1',
    ),
    // A write that changes nothing (no day is negative) but needs the write lock and a writable file.
    probeWrite: db.prepare('DELETE FROM seen_today WHERE day < 0'),
    counts: db.prepare('SELECT slug, SUM(views) AS views FROM view_counts WHERE hour BETWEEN ? AND ? GROUP BY slug'),
  };
}
