import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CacheEntry, CacheHandler } from 'next/cache';
import { startRedisServer, type RedisServer } from '../../../serving/redis-server';
import { createUseCacheHandler } from './create-use-cache-handler.mjs';
import { tagsManifest } from './shared-tags.mjs';

// Two handlers on one Redis stand for two app instances; clearing Next's per-process tag manifest before a
// read makes the reading "instance" learn every invalidation from Redis, as another process would.
let server: RedisServer;
let redis: Redis;
let instanceA: CacheHandler;
let instanceB: CacheHandler;

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
  const options = { redis, prefix: 'test:use-cache:', tagsKey: 'test:tags' };
  instanceA = createUseCacheHandler(options);
  instanceB = createUseCacheHandler(options);
});
afterAll(async () => {
  redis.disconnect();
  await server.stop();
});
beforeEach(async () => {
  await redis.flushall();
  tagsManifest.clear();
});

function entry(text: string, fields: Partial<Omit<CacheEntry, 'value'>> = {}): CacheEntry {
  return {
    value: new Response(text).body!,
    tags: ['content'],
    stale: 30,
    timestamp: Date.now(),
    revalidate: 300,
    expire: 3600,
    ...fields,
  };
}

async function read(handler: CacheHandler, key: string) {
  tagsManifest.clear();
  const found = await handler.get(key, []);
  return found && { ...found, text: await new Response(found.value).text() };
}

describe('the Redis "use cache" handler', () => {
  it('serves an entry set by one instance to another, with a fresh stream on every read', async () => {
    await instanceA.set('key', Promise.resolve(entry('héllo', { tags: ['content', 'article:x'] })));
    const first = await read(instanceB, 'key');
    expect(first).toMatchObject({
      text: 'héllo',
      tags: ['content', 'article:x'],
      revalidate: 300,
      expire: 3600,
      stale: 30,
    });
    expect((await read(instanceB, 'key'))?.text).toBe('héllo');
    expect(await read(instanceB, 'other')).toBeUndefined();
    expect(await redis.ttl('test:use-cache:key')).toBeGreaterThan(290);
  });

  it('drops an entry once its revalidate time has passed, as the built-in handler does', async () => {
    await instanceA.set('short', Promise.resolve(entry('soon gone', { revalidate: 1, timestamp: Date.now() - 1_100 })));
    expect(await read(instanceB, 'short')).toBeUndefined();
  });

  it('does not store dynamic entries (expire 0)', async () => {
    await instanceA.set('dynamic', Promise.resolve(entry('x', { expire: 0 })));
    expect(await redis.exists('test:use-cache:dynamic')).toBe(0);
  });

  it('misses entries whose tag was expired on another instance, but not entries made afterwards', async () => {
    await instanceA.set('old', Promise.resolve(entry('old', { timestamp: Date.now() - 1_000 })));
    await instanceA.updateTags(['content']);
    expect(await read(instanceB, 'old')).toBeUndefined();
    await instanceB.set('new', Promise.resolve(entry('new', { timestamp: Date.now() + 5 })));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await read(instanceB, 'new'))?.text).toBe('new');
  });

  it('serves entries with a stale tag once more for a background refresh (revalidateTag with a profile)', async () => {
    await instanceA.set('stale', Promise.resolve(entry('stale', { timestamp: Date.now() - 1_000 })));
    await instanceA.updateTags(['content'], { expire: 600 });
    expect(await read(instanceB, 'stale')).toMatchObject({ text: 'stale', revalidate: -1 });
  });

  it('reports the latest expiry of soft tags from any instance', async () => {
    expect(await instanceB.getExpiration(['_N_T_/layout', '_N_T_/articles/x'])).toBe(0);
    const before = Date.now();
    await instanceA.updateTags(['_N_T_/articles/x']);
    tagsManifest.clear();
    const expiration = await instanceB.getExpiration(['_N_T_/layout', '_N_T_/articles/x']);
    expect(expiration).toBeGreaterThanOrEqual(before);
    expect(expiration).toBeLessThanOrEqual(Date.now());
  });

  it('makes a read wait for a set still being written by the same instance', async () => {
    let finish: (value: CacheEntry) => void = () => {};
    const setting = instanceA.set('pending', new Promise<CacheEntry>((resolve) => (finish = resolve)));
    const reading = instanceA.get('pending', []);
    finish(entry('arrived'));
    await setting;
    const found = await reading;
    expect(found && (await new Response(found.value).text())).toBe('arrived');
  });

  it('treats an unreachable Redis as a miss and never throws on reads or writes', async () => {
    const down = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      connectTimeout: 200,
      commandTimeout: 200,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    down.on('error', () => {});
    const handler = createUseCacheHandler({ redis: down, prefix: 'x:', tagsKey: 'x:tags' });
    await expect(handler.set('key', Promise.resolve(entry('x')))).resolves.toBeUndefined();
    await expect(handler.get('key', [])).resolves.toBeUndefined();
    await expect(handler.getExpiration(['content'])).resolves.toBe(0);
    down.disconnect();
  });
});
