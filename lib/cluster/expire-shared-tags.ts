import { sharedCacheRedis, TAGS_KEY } from './cache-handlers/redis-client.mjs';
import { sharedTags } from './cache-handlers/shared-tags.mjs';

/**
 * Expires the tags in the shared cache (REDIS_URL) at once, as the cache handlers' `revalidateTag` does. Next
 * applies a route handler's `revalidateTag` only after the handler has returned; an edge cache purged before that
 * would fetch the old page again from any instance and keep it. Every instance reads these times on each get.
 */
export async function expireSharedTags(tags: readonly string[]): Promise<void> {
  await sharedTags(sharedCacheRedis(), TAGS_KEY).update([...tags], { expire: 0 });
}
