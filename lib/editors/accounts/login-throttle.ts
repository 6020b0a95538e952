import { createGuessLimiter, type GuessLimiter } from '../guess-limiter';
import { createKdfGate, type KdfGate } from './kdf-gate';

/**
 * The limits on signing in, each of one process.
 * - Per client address, decided from the headers before the body is read: 5 free attempts in 15 minutes, then one
 *   a second with at most 10 s of waiting, the rest 429. Attempts count when admitted (and are forgotten after a
 *   right password), so a burst sent at once cannot all slip in before the first failure is recorded.
 * - Per account (the e-mail typed, known or not), for browsers without that account's device cookie: 10 free
 *   attempts, then one a second with at most 10 s of waiting. A botnet spread over many addresses thus guesses an
 *   account no faster than one address could, while its holder, on a browser that signed in before, is never
 *   delayed by it; on a new browser they wait seconds, or are told when to come back.
 * - At most 2 password checks run at once and 16 wait (kdf-gate.ts); beyond that 503, so scrypt is no CPU DoS.
 */
export interface LoginThrottle {
  clients: GuessLimiter;
  accounts: GuessLimiter;
  kdf: KdfGate;
}

export function createLoginThrottle(): LoginThrottle {
  return {
    clients: createGuessLimiter(),
    accounts: createGuessLimiter({ freeGuesses: 10 }),
    kdf: createKdfGate({ concurrency: 2, queue: 16 }),
  };
}

/** Admits an attempt and counts it at once: how long it must wait, or how long to stay away. */
export function admitAttempt(limiter: GuessLimiter, key: string): { waitMs: number } | { retryAfterSeconds: number } {
  const admission = limiter.admit(key);
  if ('waitMs' in admission) limiter.recordFailure(key);
  return admission;
}
