import { Redis } from 'ioredis';
import type { RevocationStore } from './revocation-store';

/** Revoked grant ids as Redis keys (`<prefix><id>`) that expire with the grant: every instance sees them. */
export class RedisRevocationStore implements RevocationStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix = 'meridian:revoked:',
  ) {
    // Fails fast while Redis is away: the caller then refuses the grant rather than wait.
    this.redis = new Redis(url, {
      connectTimeout: 1_000,
      commandTimeout: 1_000,
      enableOfflineQueue: true,
      maxRetriesPerRequest: 1,
    });
    let lastLogged = 0;
    this.redis.on('error', (error: Error) => {
      if (Date.now() - lastLogged < 60_000) return;
      lastLogged = Date.now();
      console.error(`Revocation store (Redis): ${error.message}`);
    });
  }

  async revoke(id: string, untilMs: number): Promise<void> {
    if (untilMs > Date.now()) await this.redis.set(`${this.prefix}${id}`, '1', 'PXAT', untilMs);
  }

  async isRevoked(id: string): Promise<boolean> {
    return (await this.redis.exists(`${this.prefix}${id}`)) === 1;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
