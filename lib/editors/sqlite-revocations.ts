import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RevocationStore } from './revocation-store';

/** Revoked grant ids in one SQLite file (one instance, or several on one machine sharing the file). */
export class SqliteRevocationStore implements RevocationStore {
  private db: Database.Database | null = null;

  constructor(readonly file: string) {}

  async revoke(id: string, untilMs: number): Promise<void> {
    const db = this.open();
    db.prepare('DELETE FROM revoked WHERE until_ms < ?').run(Date.now());
    db.prepare('INSERT OR REPLACE INTO revoked (id, until_ms) VALUES (?, ?)').run(id, untilMs);
  }

  async isRevoked(id: string, now: number = Date.now()): Promise<boolean> {
    return this.open().prepare('SELECT 1 FROM revoked WHERE id = ? AND until_ms > ?').get(id, now) !== undefined;
  }

  async close(): Promise<void> {
    this.db?.close();
    this.db = null;
  }

  private open(): Database.Database {
    if (this.db) return this.db;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const db = new Database(this.file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 100');
      db.exec('CREATE TABLE IF NOT EXISTS revoked (id TEXT PRIMARY KEY, until_ms INTEGER NOT NULL) WITHOUT ROWID');
    } catch (error) {
      db.close();
      throw error;
    }
    this.db = db;
    return db;
  }
}
