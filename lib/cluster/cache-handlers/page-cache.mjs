// next.config `cacheHandler` when REDIS_URL is set: rendered pages and route responses shared by all instances.
import { createPageCacheHandler } from './create-page-cache-handler.mjs';
import { CACHE_PREFIX, TAGS_KEY, sharedCacheRedis } from './redis-client.mjs';

export default createPageCacheHandler({ redis: sharedCacheRedis(), prefix: `${CACHE_PREFIX}page:`, tagsKey: TAGS_KEY });
