import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MemoryDailySalt } from './daily-salt';
import { dayOf, hourOf, RETAIN_COUNTS_MS, ViewStoreUnavailableError, type ViewStore } from './view-store';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS view_counts (
    slug TEXT NOT NULL, hour INTEGER NOT NULL, views INTEGER NOT NULL,
    PRIMARY KEY (slug, hour)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS seen_today (
    day INTEGER NOT NULL, visitor TEXT NOT NULL,
    PRIMARY KEY (day, visitor)
  ) WITHOUT ROWID;
`;
/** After a failed open, wait before touching the disk again, so a flood does not hammer a broken volume. */
const RETRY_OPEN_AFTER_MS = 5_000;

type Statements = ReturnType<typeof prepare>;

/**
 * The embedded store: one SQLite file (WAL mode) in `dir`, created on first use. Tables: hourly counts per
 * article, and today's visitor hashes (earlier days are deleted as soon as a view of a new day arrives).
 * The salt lives in memory only: this store serves one app instance.
 */
export class SqliteViewStore implements ViewStore {
  private db: Database.Database | null = null;
  private statements: Statements | null = null;
  private failedAt = -Infinity;
  private prunedDay = -1;
  private readonly salt = new MemoryDailySalt();
  readonly file: string;

  constructor(dir: string) {
    this.file = path.join(path.resolve(dir), 'views.sqlite');
  }

  async recordView({ slug, visitor, at }: { slug: string; visitor: string; at: number }): Promise<boolean> {
    return this.use((s) => {
      const day = dayOf(at);
      if (day > this.prunedDay) {
        s.pruneSeen.run(day);
        s.pruneCounts.run(hourOf(at - RETAIN_COUNTS_MS));
        this.prunedDay = day;
      }
      if (s.markSeen.run(day, visitor).changes === 0) return false;
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

  async close(): Promise<void> {
    this.db?.close();
    this.db = null;
    this.statements = null;
  }

  private use<T>(work: (s: Statements) => T, write: boolean): T {
    const statements = this.open();
    try {
      return write ? this.db!.transaction(() => work(statements))() : work(statements);
    } catch (error) {
      // A disk or file error: drop the handle so the next call reopens (the file may be back by then).
      void this.close();
      throw new ViewStoreUnavailableError(`View store ${this.file} failed: ${(error as Error).message}`, { cause: error });
    }
  }

  private open(): Statements {
    if (this.statements) return this.statements;
    if (Date.now() - this.failedAt < RETRY_OPEN_AFTER_MS) throw new ViewStoreUnavailableError(`View store ${this.file} is unavailable`);
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const db = new Database(this.file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 2000');
      db.exec(SCHEMA);
      this.db = db;
      this.statements = prepare(db);
      return this.statements;
    } catch (error) {
      this.failedAt = Date.now();
      void this.close();
      throw new ViewStoreUnavailableError(`Cannot open view store ${this.file}: ${(error as Error).message}`, { cause: error });
    }
  }
}

function prepare(db: Database.Database) {
  return {
    pruneSeen: db.prepare('DELETE FROM seen_today WHERE day < ?'),
    pruneCounts: db.prepare('DELETE FROM view_counts WHERE hour < ?'),
    markSeen: db.prepare('INSERT OR IGNORE INTO seen_today (day, visitor) VALUES (?, ?)'),
    increment: db.prepare('INSERT INTO view_counts (slug, hour, views) VALUES (?, ?, 1) ON CONFLICT (slug, hour) DO UPDATE SET views = views + 1'),
    counts: db.prepare('SELECT slug, SUM(views) AS views FROM view_counts WHERE hour BETWEEN ? AND ? GROUP BY slug'),
  };
}

