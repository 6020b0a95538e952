import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import type { CacheHandlerContext } from 'next/dist/server/lib/incremental-cache';
import { startRedisServer, type RedisServer } from '../../../serving/redis-server';
import { createPageCacheHandler } from './create-page-cache-handler.mjs';
import { tagsManifest } from './shared-tags.mjs';

// Handlers built for two build outputs on one Redis; per-request handler objects as Next creates them.
let server: RedisServer;
let redis: Redis;
let distRoot: string;
let PageCache: ReturnType<typeof createPageCacheHandler>;

function contextFor(buildId: string): CacheHandlerContext {
  const dir = path.join(distRoot, buildId);
  fs.mkdirSync(path.join(dir, 'server'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'BUILD_ID'), buildId);
  return {
    fs: nodeFs,
    serverDistDir: path.join(dir, 'server'),
    flushToDisk: false,
    revalidatedTags: [],
    _requestHeaders: {},
  };
}

const KEY = '/route-cache/APP_PAGE/abc/$/articles/x';
const pageContext = { kind: 'APP_PAGE', isRoutePPREnabled: true, isFallback: false } as never;
const page = {
  kind: 'APP_PAGE',
  html: '<p>Story é</p>',
  rscData: Buffer.from([0, 1, 2, 255]),
  headers: { 'x-next-cache-tags': 'content,article:x,_N_T_/articles/x' },
  postponed: undefined,
  status: 200,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
} as never;

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
  distRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-page-cache-'));
  PageCache = createPageCacheHandler({ redis, prefix: 'test:page:', tagsKey: 'test:tags' });
});
afterAll(async () => {
  redis.disconnect();
  await server.stop();
  fs.rmSync(distRoot, { recursive: true, force: true });
});
beforeEach(async () => {
  await redis.flushall();
  tagsManifest.clear();
});

describe('the Redis page cache handler', () => {
  it('serves a page stored by one instance to another, Buffers and Maps intact, with its lifetime', async () => {
    const storedAfter = Date.now();
    await new PageCache(contextFor('build-1')).set(KEY, page, {
      cacheControl: { revalidate: 300, expire: 3600 },
      isRoutePPREnabled: true,
      isFallback: false,
    } as never);
    tagsManifest.clear();
    const found = await new PageCache(contextFor('build-1')).get(KEY, pageContext);
    expect(found?.value).toEqual(page);
    expect(found?.cacheControl).toEqual({ revalidate: 300, expire: 3600 });
    expect(found!.lastModified).toBeGreaterThanOrEqual(storedAfter);
    expect(await redis.ttl(`test:page:build-1:${KEY}`)).toBeGreaterThan(3500);
  });

  it('keeps builds apart: a new build never serves the previous build’s pages', async () => {
    await new PageCache(contextFor('build-1')).set(KEY, page, {
      cacheControl: { revalidate: 300, expire: 3600 },
    } as never);
    expect(await new PageCache(contextFor('build-2')).get(KEY, pageContext)).toBeNull();
  });

  it('misses a page whose tag was revalidated on another instance after it was stored', async () => {
    await new PageCache(contextFor('build-1')).set(KEY, page, {
      cacheControl: { revalidate: 300, expire: 3600 },
    } as never);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await new PageCache(contextFor('build-1')).revalidateTag(['article:x'], { expire: 0 });
    tagsManifest.clear();
    expect(await new PageCache(contextFor('build-1')).get(KEY, pageContext)).toBeNull();
    // Revalidating an unrelated tag leaves it alone.
    await new PageCache(contextFor('build-1')).set(KEY, page, {
      cacheControl: { revalidate: 300, expire: 3600 },
    } as never);
    await new PageCache(contextFor('build-1')).revalidateTag('article:y');
    tagsManifest.clear();
    expect(await new PageCache(contextFor('build-1')).get(KEY, pageContext)).not.toBeNull();
  });

  it('expires a page whose render began before a revalidation and was stored after it', async () => {
    const rendering = new PageCache(contextFor('build-1'));
    expect(await rendering.get(KEY, pageContext)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await new PageCache(contextFor('build-1')).revalidateTag('content', { expire: 0 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await rendering.set(KEY, page, { cacheControl: { revalidate: 300, expire: 3600 } } as never);
    tagsManifest.clear();
    expect(await new PageCache(contextFor('build-1')).get(KEY, pageContext)).toBeNull();
  });

  it('marks a page stale (for a background refresh) when its tag was revalidated with a profile', async () => {
    await new PageCache(contextFor('build-1')).set(KEY, page, {
      cacheControl: { revalidate: 300, expire: 3600 },
    } as never);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await new PageCache(contextFor('build-1')).revalidateTag('content', { expire: 600 });
    tagsManifest.clear();
    expect(await new PageCache(contextFor('build-1')).get(KEY, pageContext)).not.toBeNull();
    expect(tagsManifest.get('content')).toEqual({ stale: expect.any(Number), expired: expect.any(Number) });
  });

  it('deletes an entry set to null', async () => {
    const cache = new PageCache(contextFor('build-1'));
    await cache.set(KEY, page, { cacheControl: { revalidate: 300, expire: 3600 } } as never);
    await cache.set(KEY, null, {} as never);
    expect(await redis.exists(`test:page:build-1:${KEY}`)).toBe(0);
  });
});
