/**
 * Failed newsroom logins per client, in a sliding window (one server process). A global cap bounds
 * guessing from many addresses at once; it can lock editors out for a window, which is the lesser harm.
 */
export interface LoginLimiter {
  /** Seconds to wait before trying again, or 0 when a login attempt is allowed now. */
  retryAfter(client: string, now?: number): number;
  recordFailure(client: string, now?: number): void;
}

export function createLoginLimiter({ perClient = 5, overall = 100, windowMs = 15 * 60_000 } = {}): LoginLimiter {
  const failures = new Map<string, number[]>();
  let all: number[] = [];
  const recent = (times: number[], now: number) => times.filter((t) => t > now - windowMs);
  const wait = (times: number[], limit: number, now: number) => (times.length >= limit ? Math.ceil((times[0]! + windowMs - now) / 1000) : 0);
  return {
    retryAfter(client, now = Date.now()) {
      all = recent(all, now);
      const mine = recent(failures.get(client) ?? [], now);
      if (mine.length === 0) failures.delete(client);
      else failures.set(client, mine);
      return Math.max(wait(mine, perClient, now), wait(all, overall, now));
    },
    recordFailure(client, now = Date.now()) {
      failures.set(client, [...recent(failures.get(client) ?? [], now), now]);
      all.push(now);
      if (failures.size > 10_000) failures.delete(failures.keys().next().value!);
    },
  };
}

/** The client's address as the nearest proxy reports it (the last X-Forwarded-For entry). */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1)?.slice(0, 100) ?? 'unknown';
}
