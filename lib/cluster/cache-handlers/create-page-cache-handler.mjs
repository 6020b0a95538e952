import fs from 'node:fs';
import path from 'node:path';
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { parseCacheValue, stringifyCacheValue } from './cache-value-json.mjs';
import { areTagsExpired, sharedTags } from './shared-tags.mjs';

// Node hands over the CommonJS exports object; Vite's interop (in the tests) its default export.
const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const CACHE_TAGS_HEADER = 'x-next-cache-tags';
const DEFAULT_TTL_SECONDS = 7 * 24 * 60 * 60;
const MAX_TTL_SECONDS = 30 * 24 * 60 * 60;

/**
 * A page cache handler (next.config `cacheHandler`) over Redis. What an instance renders at run time is
 * stored in Redis under the build's id, so every instance serves it; what `next build` prerendered is read
 * from the build output, which every instance has, through Next's own file-system cache (never written to).
 * Either way the entry's tags are checked against the shared tag times: an entry whose tag expired after it
 * was made is a miss, a stale one is marked for a background refresh by Next. An entry counts as made when
 * its render began (the read that missed or found it stale), not when it was stored: a render that read the
 * content before a revalidation and finished after it is then expired, not kept. A failing Redis is a miss.
 * @param {{ redis: import('ioredis').Redis, prefix: string, tagsKey: string }} options
 */
export function createPageCacheHandler({ redis, prefix, tagsKey }) {
  const tags = sharedTags(redis, tagsKey);
  /** @type {Map<string, string>} */
  const buildIds = new Map();

  return class SharedPageCache {
    /** @param {any} context Next's CacheHandlerContext (one handler per request). */
    constructor(context) {
      this.buildOutput = new FileSystemCache({ ...context, flushToDisk: false });
      this.prefix = `${prefix}${buildIdOf(context.serverDistDir, buildIds)}:`;
      /** When this request first read each key: its render, if any, began after that. */
      this.readAt = new Map();
    }

    /**
     * @param {string} key
     * @param {any} context
     */
    async get(key, context) {
      if (!this.readAt.has(key)) this.readAt.set(key, Date.now());
      let stored = null;
      try {
        const text = await redis.get(this.prefix + key);
        stored = text ? parseCacheValue(text) : null;
      } catch {
        // Unreachable Redis: fall back to the build output, which still honours this process's tag times.
      }
      const data = stored ?? (await this.buildOutput.get(key, context));
      if (!data?.value) return data ?? null;
      const entryTags = tagsOf(data.value, context);
      try {
        await tags.sync(entryTags);
      } catch {
        return null;
      }
      return areTagsExpired(entryTags, data.lastModified) ? null : data;
    }

    /**
     * @param {string} key
     * @param {any} data
     * @param {any} context
     */
    async set(key, data, context) {
      try {
        if (!data) {
          await redis.del(this.prefix + key);
          return;
        }
        const cacheControl = context.fetchCache ? undefined : context.cacheControl;
        const ttl = Math.min(MAX_TTL_SECONDS, Math.max(1, cacheControl?.expire ?? DEFAULT_TTL_SECONDS));
        await redis.set(
          this.prefix + key,
          stringifyCacheValue({ value: data, lastModified: this.readAt.get(key) ?? Date.now(), cacheControl }),
          'EX',
          Math.ceil(ttl),
        );
      } catch {
        // Not stored: the next request renders again.
      }
    }

    /**
     * @param {string | string[]} tagOrTags
     * @param {{ expire?: number }} [durations]
     */
    async revalidateTag(tagOrTags, durations) {
      await tags.update(typeof tagOrTags === 'string' ? [tagOrTags] : tagOrTags, durations);
    }

    resetRequestCache() {}
  };
}

/**
 * The tags an entry answers to: pages and route handlers carry theirs in a header, fetches in the request.
 * @param {any} value
 * @param {any} context
 * @returns {string[]}
 */
function tagsOf(value, context) {
  if (value.kind === 'FETCH') return [...(context.tags ?? []), ...(context.softTags ?? [])];
  const header = value.headers?.[CACHE_TAGS_HEADER];
  return typeof header === 'string' && header ? header.split(',') : [];
}

/**
 * @param {string} serverDistDir
 * @param {Map<string, string>} known
 */
function buildIdOf(serverDistDir, known) {
  let id = known.get(serverDistDir);
  if (!id) {
    id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    known.set(serverDistDir, id);
  }
  return id;
}
