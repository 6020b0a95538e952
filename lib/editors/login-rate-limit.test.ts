import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from './login-rate-limit';

describe('login rate limit', () => {
  it('blocks a client after too many failures, until the window passes, without blocking others', () => {
    const limiter = createLoginLimiter({ perClient: 3, overall: 100, windowMs: 60_000 });
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.retryAfter('a', 1000 + i)).toBe(0);
      limiter.recordFailure('a', 1000 + i);
    }
    expect(limiter.retryAfter('a', 2000)).toBe(59);
    expect(limiter.retryAfter('b', 2000)).toBe(0);
    expect(limiter.retryAfter('a', 61_001)).toBe(0);
  });

  it('caps failures from all clients together', () => {
    const limiter = createLoginLimiter({ perClient: 5, overall: 4, windowMs: 60_000 });
    for (const client of ['a', 'b', 'c', 'd']) limiter.recordFailure(client, 0);
    expect(limiter.retryAfter('e', 10)).toBeGreaterThan(0);
  });
});
