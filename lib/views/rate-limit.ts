import { createHmac, randomBytes } from 'node:crypto';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Per-client token buckets in memory: `perMinute` beacons a minute with bursts up to the same number.
 * Keys are keyed hashes of the client's address (the key is random per process), never the address itself,
 * and at most `maxClients` buckets are kept: the least recently seen is dropped first, so a flood from many
 * addresses cannot grow memory without bound.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly key = randomBytes(32);

  constructor(
    private readonly perMinute: number,
    private readonly maxClients = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for this client; false when it has none left (answer 429). */
  take(client: string): boolean {
    const id = createHmac('sha256', this.key).update(client).digest('base64url').slice(0, 22);
    const now = this.now();
    const previous = this.buckets.get(id);
    const refilled = previous
      ? Math.min(this.perMinute, previous.tokens + ((now - previous.at) / 60_000) * this.perMinute)
      : this.perMinute;
    if (previous) this.buckets.delete(id);
    else if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    const allowed = refilled >= 1;
    this.buckets.set(id, { tokens: allowed ? refilled - 1 : refilled, at: now });
    return allowed;
  }

  get size(): number {
    return this.buckets.size;
  }
}
