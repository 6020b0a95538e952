import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { recordView } from './record-view';
import { SqliteViewStore } from './sqlite-view-store';
import { DAY_MS, dayOf, ViewStoreUnavailableError } from './view-store';
import { describeViewStore } from './view-store.suite';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-views-'));
}

describeViewStore('SQLite', async () => {
  const dir = tempDir();
  const store = new SqliteViewStore(path.join(dir, 'nested'));
  return {
    store,
    dump: async () =>
      ['', '-wal']
        .map((suffix) => `${store.file}${suffix}`)
        .filter((file) => fs.existsSync(file))
        .map((file) => fs.readFileSync(file).toString('latin1'))
        .join('\n'),
    cleanup: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteViewStore', () => {
  const reader = { address: '192.0.2.1', userAgent: 'UA' };
  const now = Date.parse('2026-11-28T10:00:00Z');

  it('creates its directory and a WAL-mode file on first use', async () => {
    const dir = path.join(tempDir(), 'a', 'b');
    const store = new SqliteViewStore(dir);
    expect(fs.existsSync(dir)).toBe(false);
    await recordView(store, reader, 'alpha', now);
    const db = new Database(store.file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT slug, views FROM view_counts').all()).toEqual([{ slug: 'alpha', views: 1 }]);
    db.close();
    await store.close();
  });

  it('forgets the salt and the visitor hashes of a past day', async () => {
    const store = new SqliteViewStore(tempDir());
    const today = dayOf(now);
    const salt = await store.saltFor(today);
    await recordView(store, reader, 'alpha', now);
    await recordView(store, reader, 'alpha', (today + 1) * DAY_MS);
    expect(await store.saltFor(today)).not.toBe(salt);
    const db = new Database(store.file, { readonly: true });
    expect(db.prepare('SELECT DISTINCT day FROM seen_today').all()).toEqual([{ day: today + 1 }]);
    db.close();
    await store.close();
  });

  it('throws a typed error, never crashes, when its file cannot be created', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a directory');
    const store = new SqliteViewStore(path.join(blocker, 'views'));
    await expect(recordView(store, reader, 'alpha', now)).rejects.toBeInstanceOf(ViewStoreUnavailableError);
    await expect(store.countsBetween(now, now)).rejects.toBeInstanceOf(ViewStoreUnavailableError);
  });
});
