import { slugSchema } from '../content/schema';
import { hmacSha256, signaturesMatch } from './hmac';

/**
 * Signed preview links: `/api/preview?slug=<slug>&expires=<unix seconds>&sig=<HMAC-SHA256(slug.expires)>`.
 * A link opens one article until it expires; nothing else in it is trusted.
 */
export const MAX_PREVIEW_HOURS = 24 * 30;

export interface PreviewGrant {
  slug: string;
  expires: number;
}

export type PreviewVerdict =
  { ok: true; grant: PreviewGrant } | { ok: false; reason: 'malformed' | 'expired' | 'bad-signature' };

function payload(slug: string, expires: number): string {
  return `preview:${slug}:${expires}`;
}

export function signPreview(slug: string, expires: number, secret: string): string {
  return hmacSha256(secret, payload(slug, expires));
}

export function previewPath(slug: string, hours: number, secret: string, now: number = Date.now()): string {
  if (!slugSchema.safeParse(slug).success) throw new Error(`"${slug}" is not a valid slug`);
  if (!(hours > 0 && hours <= MAX_PREVIEW_HOURS)) throw new Error(`hours must be between 0 and ${MAX_PREVIEW_HOURS}`);
  const expires = Math.floor(now / 1000 + hours * 3600);
  const query = new URLSearchParams({ slug, expires: String(expires), sig: signPreview(slug, expires, secret) });
  return `/api/preview?${query}`;
}

export function verifyPreview(
  params: { slug: string | null; expires: string | null; sig: string | null },
  secret: string,
  now: number = Date.now(),
): PreviewVerdict {
  const { slug, expires, sig } = params;
  if (
    !slug ||
    !expires ||
    !sig ||
    !slugSchema.safeParse(slug).success ||
    !/^\d{1,12}$/.test(expires) ||
    sig.length > 100
  ) {
    return { ok: false, reason: 'malformed' };
  }
  const expiresAt = Number(expires);
  // Checked before the expiry so a forged link learns nothing from the answer.
  if (!signaturesMatch(signPreview(slug, expiresAt, secret), sig)) return { ok: false, reason: 'bad-signature' };
  if (expiresAt * 1000 <= now) return { ok: false, reason: 'expired' };
  if (expiresAt * 1000 > now + MAX_PREVIEW_HOURS * 3600 * 1000 + 60_000) return { ok: false, reason: 'malformed' };
  return { ok: true, grant: { slug, expires: expiresAt } };
}
