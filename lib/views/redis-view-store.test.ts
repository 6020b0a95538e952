import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordView } from './record-view';
import { RedisViewStore } from './redis-view-store';
import { startRedisServer, type RedisServer } from '../../serving/redis-server';
import { DAY_MS, dayOf, ViewStoreUnavailableError } from './view-store';
import { describeViewStore } from './view-store.suite';

let server: RedisServer;
let admin: Redis;
let run = 0;
beforeAll(async () => {
  server = await startRedisServer();
  admin = new Redis(server.url);
});
afterAll(async () => {
  admin.disconnect();
  await server.stop();
});

async function dumpAll(): Promise<string> {
  const keys = await admin.keys('*');
  const parts = await Promise.all(
    keys.map(async (key) => `${key} ${JSON.stringify(await admin.dump(key))} ${JSON.stringify(await dumpValue(key))}`),
  );
  return parts.join('\n');
}

async function dumpValue(key: string): Promise<unknown> {
  const type = await admin.type(key);
  if (type === 'hash') return admin.hgetall(key);
  if (type === 'set') return admin.smembers(key);
  return admin.get(key);
}

describeViewStore('Redis', async () => {
  await admin.flushall();
  run += 1;
  const store = new RedisViewStore(server.url, `test${run}:`);
  return { store, dump: dumpAll, cleanup: () => store.close() };
});

describe('RedisViewStore', () => {
  it("lets the day's salt and visitor hashes expire when the day ends, and shares the salt between instances", async () => {
    const now = Date.now();
    const a = new RedisViewStore(server.url, 'expiry:');
    const b = new RedisViewStore(server.url, 'expiry:');
    const day = dayOf(now);
    expect(await a.saltFor(day)).toBe(await b.saltFor(day));
    await recordView(a, { address: '192.0.2.1', userAgent: 'UA' }, 'alpha', now);
    const endOfDay = (day + 1) * DAY_MS;
    for (const key of [`expiry:salt:${day}`, `expiry:seen:${day}`]) {
      const expiresAt = await admin.pexpiretime(key);
      expect(expiresAt).toBe(endOfDay);
    }
    await a.close();
    await b.close();
  });

  it('throws a typed error while Redis cannot be reached', async () => {
    const store = new RedisViewStore('redis://127.0.0.1:1', 'down:');
    await expect(
      recordView(store, { address: '192.0.2.1', userAgent: 'UA' }, 'alpha', Date.now()),
    ).rejects.toBeInstanceOf(ViewStoreUnavailableError);
    await expect(store.countsBetween(Date.now(), Date.now())).rejects.toBeInstanceOf(ViewStoreUnavailableError);
    await store.close();
  });
});
