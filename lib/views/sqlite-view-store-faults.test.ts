import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeReadOnly, makeWritable } from './read-only-file';
import { recordView } from './record-view';
import { SqliteViewStore } from './sqlite-view-store';
import { ViewStoreUnavailableError } from './view-store';

const now = Date.parse('2026-11-28T10:00:00Z');
const alice = { address: '192.0.2.1', userAgent: 'UA' };
const bob = { address: '192.0.2.2', userAgent: 'UA' };

/** Real faults on a real file: another connection's write lock, and a file that cannot be written. */
describe('SqliteViewStore faults', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function storeWithOneView() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-views-faults-'));
    const store = new SqliteViewStore(dir);
    expect(await recordView(store, alice, 'alpha', now)).toBe(true);
    cleanups.push(
      () => void store.close(),
      () => fs.rmSync(dir, { recursive: true, force: true }),
    );
    return store;
  }

  function countsInFile(file: string) {
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT slug, SUM(views) AS views FROM view_counts GROUP BY slug').all();
    db.close();
    return rows;
  }

  async function refusal(work: () => Promise<unknown>): Promise<Error> {
    const error: unknown = await work().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ViewStoreUnavailableError);
    return error as Error;
  }

  async function untilCounted(work: () => Promise<boolean>): Promise<boolean> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof ViewStoreUnavailableError) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  it('locked by another connection: writes fail fast, reads go on, and counting resumes once the lock is gone', async () => {
    const store = await storeWithOneView();
    const other = new Database(store.file);
    cleanups.unshift(() => other.open && other.close());
    other.exec('BEGIN EXCLUSIVE');

    // One short busy wait (better-sqlite3 blocks the event loop while it waits) ends in SQLite's own "locked"...
    const locked = await refusal(() => recordView(store, bob, 'alpha', now));
    expect(locked.message).toMatch(/database is locked/);
    expect(locked.cause).toBeDefined();
    // ...then writes are refused during the cool-off without touching the file again (no SQLite error as cause).
    for (const work of [() => recordView(store, bob, 'alpha', now), () => store.probe()]) {
      const refused = await refusal(work);
      expect(refused.message).toBe(locked.message);
      expect(refused.cause).toBeUndefined();
    }
    expect(await store.countsBetween(now, now)).toEqual(new Map([['alpha', 1]]));

    other.exec('COMMIT');
    expect(await untilCounted(() => recordView(store, bob, 'alpha', now))).toBe(true);
    await store.probe();
    expect(await recordView(store, alice, 'alpha', now)).toBe(false);
    expect(countsInFile(store.file)).toEqual([{ slug: 'alpha', views: 2 }]);
  });

  it('read-only file: views are refused while it is, and counted again once it is writable, with no restart', async () => {
    const store = await storeWithOneView();
    // The open handle keeps writing whatever happens to the file's mode (the kernel checks at open), as in
    // production: the fault shows when the store (re)opens it, after a restart or after another failure.
    await store.close();
    fs.rmSync(`${store.file}-wal`, { force: true });
    fs.rmSync(`${store.file}-shm`, { force: true });
    makeReadOnly(store.file);
    cleanups.unshift(() => makeWritable(store.file));

    await expect(recordView(store, bob, 'alpha', now)).rejects.toThrow(/readonly database/);
    await expect(store.probe()).rejects.toBeInstanceOf(ViewStoreUnavailableError);
    expect(await store.countsBetween(now, now)).toEqual(new Map([['alpha', 1]]));

    makeWritable(store.file);
    expect(await untilCounted(() => recordView(store, bob, 'alpha', now))).toBe(true);
    expect(await recordView(store, alice, 'alpha', now)).toBe(false);
    expect(countsInFile(store.file)).toEqual([{ slug: 'alpha', views: 2 }]);
  });
});
