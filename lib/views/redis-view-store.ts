import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  DAY_MS,
  dayOf,
  HOUR_MS,
  hourOf,
  RETAIN_COUNTS_MS,
  ViewStoreUnavailableError,
  type RecordedView,
  type ViewStore,
} from './view-store';

// Checks the source's views today against its budget, marks the visitor seen for the day and counts the view in
// one atomic step; every key carries its expiry.
const RECORD_VIEW = `
if tonumber(redis.call('HGET', KEYS[3], ARGV[5]) or '0') >= tonumber(ARGV[6]) then return 0 end
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('PEXPIREAT', KEYS[1], ARGV[2])
redis.call('HINCRBY', KEYS[3], ARGV[5], 1)
redis.call('PEXPIREAT', KEYS[3], ARGV[2])
redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
redis.call('PEXPIREAT', KEYS[2], ARGV[4])
return 1`;
// The day's salt: the first instance to ask creates it, all share it, Redis deletes it when the day ends.
const SALT_FOR_DAY = `
redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PXAT', ARGV[2])
return redis.call('GET', KEYS[1])`;

/**
 * The store for several app instances: per-hour hashes of counts (`<prefix>h:<hour>`, slug -> views), per-day
 * sets of visitor hashes (`<prefix>seen:<day>`), per-day hashes of views per source (`<prefix>sources:<day>`) and the day's salt (`<prefix>salt:<day>`), each expiring on its own.
 */
export class RedisViewStore implements ViewStore {
  private readonly redis: Redis;
  private salt: { day: number; salt: string } | null = null;
  private connecting: Promise<void> | null = null;

  constructor(
    url: string,
    private readonly prefix = 'meridian:views:',
  ) {
    this.redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: 1_000,
      commandTimeout: 1_000,
      // While Redis is away a command fails at once (a quick 503) instead of waiting in a queue and running
      // after the beacon was already refused; the client keeps reconnecting in the background meanwhile.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    let lastLogged = 0;
    this.redis.on('error', (error: Error) => {
      if (Date.now() - lastLogged < 60_000) return;
      lastLogged = Date.now();
      console.error(`View store (Redis): ${error.message}`);
    });
  }

  async recordView({ slug, visitor, source, perSource, at }: RecordedView): Promise<boolean> {
    const day = dayOf(at);
    const hour = hourOf(at);
    const keys = [`${this.prefix}seen:${day}`, `${this.prefix}h:${hour}`, `${this.prefix}sources:${day}`];
    const result = await this.call(() =>
      this.redis.eval(
        RECORD_VIEW,
        keys.length,
        ...keys,
        visitor,
        (day + 1) * DAY_MS,
        slug,
        hour * HOUR_MS + RETAIN_COUNTS_MS,
        source,
        perSource,
      ),
    );
    return result === 1;
  }

  async countsBetween(since: number, until: number): Promise<Map<string, number>> {
    const pipeline = this.redis.pipeline();
    for (let hour = hourOf(since); hour <= hourOf(until); hour += 1) pipeline.hgetall(`${this.prefix}h:${hour}`);
    const replies = (await this.call(() => pipeline.exec())) ?? [];
    const counts = new Map<string, number>();
    for (const [error, hash] of replies) {
      if (error) throw new ViewStoreUnavailableError(`View store (Redis) failed: ${error.message}`, { cause: error });
      for (const [slug, views] of Object.entries(hash as Record<string, string>))
        counts.set(slug, (counts.get(slug) ?? 0) + Number(views));
    }
    return counts;
  }

  async saltFor(day: number): Promise<string> {
    if (this.salt?.day === day) return this.salt.salt;
    const salt = await this.call(() =>
      this.redis.eval(
        SALT_FOR_DAY,
        1,
        `${this.prefix}salt:${day}`,
        randomBytes(32).toString('hex'),
        (day + 1) * DAY_MS,
      ),
    );
    if (typeof salt !== 'string') throw new ViewStoreUnavailableError(`View store (Redis) has no salt for day ${day}`);
    this.salt = { day, salt };
    return salt;
  }

  async probe(): Promise<void> {
    await this.call(() => this.redis.ping());
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      // The first calls wait for the first connection (made once, however many arrive together); after that
      // ioredis reconnects on its own and calls fail at once while it is away.
      if (this.redis.status === 'wait' && !this.connecting)
        this.connecting = this.redis.connect().finally(() => (this.connecting = null));
      if (this.connecting) await this.connecting;
      return await command();
    } catch (error) {
      throw new ViewStoreUnavailableError(`View store (Redis) failed: ${(error as Error).message}`, { cause: error });
    }
  }
}
