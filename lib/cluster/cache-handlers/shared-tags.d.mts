import type { Redis } from 'ioredis';

export const tagsManifest: Map<string, { stale?: number; expired?: number }>;

export function sharedTags(
  redis: Redis,
  key: string,
): {
  sync(tags: string[]): Promise<void>;
  update(tags: string[], durations?: { expire?: number }): Promise<void>;
  expiration(tags: string[]): Promise<number>;
};
