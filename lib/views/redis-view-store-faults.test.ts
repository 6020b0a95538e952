import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { recordView } from './record-view';
import { RedisViewStore } from './redis-view-store';
import { startRedisServer, type RedisServer } from '../../serving/redis-server';
import { ViewStoreUnavailableError } from './view-store';

const alice = { address: '192.0.2.1', userAgent: 'UA' };
const bob = { address: '192.0.2.2', userAgent: 'UA' };

/** A real redis-server stopped and started again (same port, same append-only file) under a live store. */
const HANG_MS = 10_000;

function withHangBound<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${HANG_MS} ms`)), HANG_MS)),
  ]);
}

describe('RedisViewStore when Redis goes away and comes back', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** Why the store refused the work; a refusal that takes 10 s counts as a hang. */
  async function refusal(work: () => Promise<unknown>): Promise<string> {
    const error: unknown = await withHangBound(work()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ViewStoreUnavailableError);
    return (error as Error).message;
  }

  it('refuses at once while Redis is down, reconnects by itself, and counts nobody twice', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-redis-faults-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    let server: RedisServer = await startRedisServer({ dataDir });
    cleanups.push(() => server.stop());
    const store = new RedisViewStore(server.url, 'faults:');
    cleanups.push(() => store.close());
    const now = Date.now();
    expect(await recordView(store, alice, 'alpha', now)).toBe(true);

    await server.stop();
    const reasons = [
      await refusal(() => recordView(store, bob, 'alpha', now)),
      await refusal(() => store.probe()),
      await refusal(() => store.countsBetween(now, now)),
    ];
    // No offline queue: a command fails as soon as it is issued, not by the command timeout.
    for (const reason of reasons) expect(reason).toMatch(/enableOfflineQueue options is false/);

    server = await startRedisServer({ port: server.port, dataDir });
    await expect
      .poll(
        () =>
          store.probe().then(
            () => 'up',
            () => 'down',
          ),
        { timeout: 5_000, interval: 100 },
      )
      .toBe('up');
    expect(await recordView(store, bob, 'alpha', now)).toBe(true);
    expect(await recordView(store, alice, 'alpha', now)).toBe(false);
    expect(await store.countsBetween(now, now)).toEqual(new Map([['alpha', 2]]));
  });

  it('a Redis that hangs (SIGSTOP) fails a beacon by the command timeout, not by hanging', async () => {
    const server = await startRedisServer();
    cleanups.push(() => server.stop());
    const store = new RedisViewStore(server.url, 'hang:');
    cleanups.push(() => store.close());
    await store.probe();
    const admin = new Redis(server.url);
    const pid = Number((await admin.info('server')).match(/process_id:(\d+)/)![1]);
    admin.disconnect();
    process.kill(pid, 'SIGSTOP');
    cleanups.push(() => void process.kill(pid, 'SIGCONT'));
    expect(await refusal(() => recordView(store, alice, 'alpha', Date.now()))).toMatch(/Command timed out/);
  });
});
