import type { Redis } from 'ioredis';
import type { CacheHandler, CacheHandlerContext } from 'next/dist/server/lib/incremental-cache';

export function createPageCacheHandler(options: {
  redis: Redis;
  prefix: string;
  tagsKey: string;
}): new (context: CacheHandlerContext) => CacheHandler;
