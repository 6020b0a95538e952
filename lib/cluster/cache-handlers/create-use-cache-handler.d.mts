import type { Redis } from 'ioredis';
import type { CacheHandler } from 'next/cache';

export function createUseCacheHandler(options: { redis: Redis; prefix: string; tagsKey: string }): CacheHandler;
