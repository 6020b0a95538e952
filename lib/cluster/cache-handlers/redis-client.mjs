import { Redis } from 'ioredis';

/** Keys of the shared cache: entries per build, and one hash of tag invalidation times shared by all builds. */
export const CACHE_PREFIX = 'meridian:cache:';
export const TAGS_KEY = `${CACHE_PREFIX}tags`;

const CLIENT = Symbol.for('meridian.cache-redis');

/**
 * The process's connection for the shared cache (REDIS_URL), shared by the page and 'use cache' handlers.
 * Commands fail after a second instead of queueing forever, so a Redis outage turns into cache misses
 * (pages render from this process's content) rather than hung requests.
 */
export function sharedCacheRedis() {
  const holder = /** @type {Record<symbol, Redis | undefined>} */ (/** @type {unknown} */ (globalThis));
  if (!holder[CLIENT]) {
    const client = new Redis(process.env.REDIS_URL ?? '', {
      connectTimeout: 1_000,
      commandTimeout: 1_000,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    let lastLogged = 0;
    client.on('error', (error) => {
      if (Date.now() - lastLogged < 60_000) return;
      lastLogged = Date.now();
      console.error(`Shared cache (Redis): ${error.message}`);
    });
    holder[CLIENT] = client;
  }
  return holder[CLIENT];
}
