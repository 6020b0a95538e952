import { createHmac } from 'node:crypto';

/** HMAC-SHA256 of the lines under the day's salt, cut to 128 bits. */
function dayHash(salt: string, ...lines: string[]): string {
  return createHmac('sha256', salt).update(lines.join('\n')).digest('hex').slice(0, 32);
}

/**
 * The opaque key of "this visitor read this article today": HMAC-SHA256 under the day's salt of the address,
 * user agent and slug, cut to 128 bits. Without the salt (discarded after its day) it cannot be recomputed
 * from a guessed address, and the same reader gets unrelated hashes for different articles and days.
 */
export function visitorHash(salt: string, address: string, userAgent: string, slug: string): string {
  return dayHash(salt, address, userAgent, slug);
}

/** The opaque key of "this address on this article today", whatever the user agent: the unit of the per-address budget. */
export function sourceHash(salt: string, address: string, slug: string): string {
  return dayHash(salt, 'source', address, slug);
}
