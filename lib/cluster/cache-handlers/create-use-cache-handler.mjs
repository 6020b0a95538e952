import { areTagsExpired, areTagsStale, sharedTags } from './shared-tags.mjs';

const NEWLINE = 0x0a;
const MAX_TTL_SECONDS = 30 * 24 * 60 * 60;

/**
 * A 'use cache' handler (next.config `cacheHandlers`) over Redis, with the semantics of Next's built-in
 * in-memory handler: an entry is dropped once its `revalidate` time has passed (so a scheduled story's
 * shortened lifetime holds on every instance), a tag invalidated after the entry was made drops it
 * (expired) or has it refreshed in the background (stale). Stored as `<metadata JSON>\n<value bytes>` with
 * a TTL of its useful life. A failing Redis is a miss, never an error page.
 * @param {{ redis: import('ioredis').Redis, prefix: string, tagsKey: string }} options
 * @returns {import('next/cache').CacheHandler}
 */
export function createUseCacheHandler({ redis, prefix, tagsKey }) {
  const tags = sharedTags(redis, tagsKey);
  /** Sets still being written by this process: a read of the same key waits for them, as Next requires. */
  const pendingSets = new Map();

  return {
    async get(cacheKey) {
      await pendingSets.get(cacheKey);
      try {
        const stored = await redis.getBuffer(prefix + cacheKey);
        if (!stored) return undefined;
        const split = stored.indexOf(NEWLINE);
        const entry = JSON.parse(stored.subarray(0, split).toString('utf8'));
        if (Date.now() > entry.timestamp + entry.revalidate * 1000) return undefined;
        await tags.sync(entry.tags);
        if (areTagsExpired(entry.tags, entry.timestamp)) return undefined;
        const bytes = stored.subarray(split + 1);
        return {
          ...entry,
          revalidate: areTagsStale(entry.tags, entry.timestamp) ? -1 : entry.revalidate,
          value: new ReadableStream({
            start(controller) {
              controller.enqueue(new Uint8Array(bytes));
              controller.close();
            },
          }),
        };
      } catch {
        return undefined;
      }
    },

    async set(cacheKey, pendingEntry) {
      /** @type {() => void} */
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = () => resolve(undefined))));
      try {
        const entry = await pendingEntry;
        // An `expire: 0` entry is dynamic: Next regenerates it on every read, so storing it is wasted work.
        if (entry.expire === 0) return;
        const { value, ...metadata } = entry;
        const bytes = Buffer.from(await new Response(value).arrayBuffer());
        const ttl = Math.max(1, Math.min(entry.revalidate, entry.expire, MAX_TTL_SECONDS));
        await redis.set(
          prefix + cacheKey,
          Buffer.concat([Buffer.from(`${JSON.stringify(metadata)}\n`), bytes]),
          'EX',
          Math.ceil(ttl),
        );
      } catch {
        // A value that failed while rendering, or a Redis outage: nothing is stored, the next read renders.
      } finally {
        pendingSets.delete(cacheKey);
        done();
      }
    },

    // Tag times are read from Redis with every get and getExpiration, so there is nothing to prefetch.
    async refreshTags() {},

    async getExpiration(softTags) {
      try {
        return await tags.expiration(softTags);
      } catch {
        return 0;
      }
    },

    async updateTags(tagList, durations) {
      await tags.update(tagList, durations);
    },
  };
}
