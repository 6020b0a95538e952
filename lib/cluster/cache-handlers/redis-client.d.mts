import type { Redis } from 'ioredis';

export const CACHE_PREFIX: string;
export const TAGS_KEY: string;
export function sharedCacheRedis(): Redis;
