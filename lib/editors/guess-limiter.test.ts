import { describe, expect, it } from 'vitest';
import { createGuessLimiter } from './guess-limiter';

describe('guess limiter', () => {
  it('lets an address guess freely, then one check a second, then refuses beyond the longest wait', () => {
    const limiter = createGuessLimiter({ freeGuesses: 3, windowMs: 60_000, spacingMs: 1_000, maxWaitMs: 3_000 });
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.admit('a', 1000)).toEqual({ waitMs: 0 });
      limiter.recordFailure('a', 1000);
    }
    expect(limiter.exhausted('a', 1000)).toBe(true);
    expect([0, 1, 2, 3].map(() => limiter.admit('a', 1000))).toEqual([
      { waitMs: 0 },
      { waitMs: 1000 },
      { waitMs: 2000 },
      { waitMs: 3000 },
    ]);
    expect(limiter.admit('a', 1000)).toEqual({ retryAfterSeconds: 4 });
    // Other addresses are not affected: there is no global limit.
    expect(limiter.admit('b', 1000)).toEqual({ waitMs: 0 });
    expect(limiter.exhausted('b', 1000)).toBe(false);
    // Once the window has passed, the address guesses freely again.
    expect(limiter.admit('a', 62_000)).toEqual({ waitMs: 0 });
  });

  it('forgets an address (after its right password)', () => {
    const limiter = createGuessLimiter({ freeGuesses: 1 });
    limiter.recordFailure('a');
    expect(limiter.exhausted('a')).toBe(true);
    limiter.forget('a');
    expect(limiter.exhausted('a')).toBe(false);
  });
});
