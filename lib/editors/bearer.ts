import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares two secrets in constant time (hashed first, so their lengths do not matter). */
export function secretsMatch(expected: string, given: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match ? match[1]! : null;
}
