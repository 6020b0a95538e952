import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst of the per-minute limit, then refills over the minute', () => {
    const clock = { now: 0 };
    const limiter = new RateLimiter(60, 100, () => clock.now);
    const burst = Array.from({ length: 61 }, () => limiter.take('198.51.100.1'));
    expect(burst.filter(Boolean)).toHaveLength(60);
    expect(limiter.take('198.51.100.2')).toBe(true);
    clock.now += 1_000;
    expect(limiter.take('198.51.100.1')).toBe(true);
    expect(limiter.take('198.51.100.1')).toBe(false);
  });

  it('keeps at most maxClients buckets, dropping the least recently seen', () => {
    const limiter = new RateLimiter(1, 3, () => 0);
    for (const client of ['a', 'b', 'c']) expect(limiter.take(client)).toBe(true);
    expect(limiter.take('a')).toBe(false);
    for (let i = 0; i < 10_000; i += 1) limiter.take(`flood-${i}`);
    expect(limiter.size).toBe(3);
  });
});
