// next.config `cacheHandlers.default` and `.remote` when REDIS_URL is set: 'use cache' entries shared by all instances.
import { createUseCacheHandler } from './create-use-cache-handler.mjs';
import { CACHE_PREFIX, TAGS_KEY, sharedCacheRedis } from './redis-client.mjs';

export default createUseCacheHandler({
  redis: sharedCacheRedis(),
  prefix: `${CACHE_PREFIX}use-cache:`,
  tagsKey: TAGS_KEY,
});
