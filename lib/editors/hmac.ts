import { createHmac, timingSafeEqual } from 'node:crypto';

export function hmacSha256(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('base64url');
}

/** Constant-time comparison of two signatures (lengths are not secret: both are SHA-256 digests). */
export function signaturesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
