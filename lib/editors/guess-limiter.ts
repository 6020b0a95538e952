/**
 * Wrong guesses (passwords, secrets, preview links) per client address, in a sliding window of one process. There
 * is no global limit: guesses from other addresses never delay or refuse anyone. Past its free guesses an address
 * gets one check per `spacingMs` (the caller waits for its turn, at most `maxWaitMs`; beyond that 429), so guessing
 * slows to a crawl while the right password from the same address still gets in within seconds.
 */
export interface GuessLimiter {
  /** How long this attempt must wait before it is checked, or how long the client should stay away (answer 429). */
  admit(client: string, now?: number): { waitMs: number } | { retryAfterSeconds: number };
  /** True when the client has used its free wrong guesses (a caller that checks first answers 429). */
  exhausted(client: string, now?: number): boolean;
  recordFailure(client: string, now?: number): void;
  forget(client: string): void;
}

interface ClientState {
  failures: number[];
  nextSlot: number;
}

const MAX_CLIENTS = 10_000;

export function createGuessLimiter({
  freeGuesses = 5,
  windowMs = 15 * 60_000,
  spacingMs = 1_000,
  maxWaitMs = 10_000,
} = {}): GuessLimiter {
  const clients = new Map<string, ClientState>();
  const state = (client: string, now: number): ClientState => {
    const found = clients.get(client) ?? { failures: [], nextSlot: 0 };
    found.failures = found.failures.filter((t) => t > now - windowMs);
    // Most recently used last, so the first entry is the one to drop when the map is full.
    clients.delete(client);
    if (found.failures.length > 0 || found.nextSlot > now) clients.set(client, found);
    if (clients.size > MAX_CLIENTS) clients.delete(clients.keys().next().value!);
    return found;
  };
  return {
    admit(client, now = Date.now()) {
      const current = state(client, now);
      if (current.failures.length < freeGuesses) return { waitMs: 0 };
      const slot = Math.max(now, current.nextSlot);
      if (slot - now > maxWaitMs) return { retryAfterSeconds: Math.ceil((slot - now) / 1000) };
      current.nextSlot = slot + spacingMs;
      clients.set(client, current);
      return { waitMs: slot - now };
    },
    exhausted(client, now = Date.now()) {
      return state(client, now).failures.length >= freeGuesses;
    },
    recordFailure(client, now = Date.now()) {
      const current = state(client, now);
      current.failures.push(now);
      clients.set(client, current);
    },
    forget(client) {
      clients.delete(client);
    },
  };
}

/** Waits `ms`, or less when the client goes away (the signal aborts): the caller then finds the signal aborted. */
export function waitOrAbort(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
