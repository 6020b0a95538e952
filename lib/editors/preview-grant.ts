import { randomBytes } from 'node:crypto';
import { slugSchema } from '../content/schema';
import { cookiesAreSecure } from '@/lib/http/secure-cookies';
import { hmacSha256, signaturesMatch } from './hmac';

/**
 * What a preview link grants, held in our own cookie beside Next's Draft Mode (whose `__prerender_bypass` value is
 * the build's fixed previewModeId and so opens nothing by itself): `<slug>.<expires>.<id>.<HMAC>` signed with
 * PREVIEW_SECRET. It opens the one story the link named until the link's expiry; leaving the preview or signing out
 * revokes its random id on every instance (revocation-store.ts). HttpOnly; SameSite=Lax so a link opened from
 * mail or chat still previews (it grants reading one story, never a change).
 */
export const PREVIEW_GRANT_COOKIE = 'meridian-preview';

export interface PreviewGrantCookie {
  slug: string;
  /** Unix seconds, the link's own expiry. */
  expires: number;
  id: string;
}

const sign = (secret: string, slug: string, expires: number, id: string) =>
  hmacSha256(secret, `preview-grant:${slug}:${expires}:${id}`);

export function createGrantValue(
  slug: string,
  expires: number,
  secret: string,
  id: string = randomBytes(16).toString('base64url'),
): string {
  return `${slug}.${expires}.${id}.${sign(secret, slug, expires, id)}`;
}

/** The grant a cookie holds when its signature is right and it has not expired (revocation not checked). */
export function readGrant(
  value: string | undefined,
  secret: string | null,
  now: number = Date.now(),
): PreviewGrantCookie | null {
  const match = value && secret ? /^([a-z0-9-]{1,120})\.(\d{1,12})\.([\w-]{22})\.([\w-]{43})$/.exec(value) : null;
  if (!match || !slugSchema.safeParse(match[1]).success) return null;
  const [, slug, expiresText, id, sig] = match as unknown as [string, string, string, string, string];
  const expires = Number(expiresText);
  if (!signaturesMatch(sign(secret!, slug, expires, id), sig) || expires * 1000 <= now) return null;
  return { slug, expires, id };
}

/** Set-Cookie attributes; the cookie ends when the link does. */
export function grantCookieOptions(maxAgeSeconds: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: cookiesAreSecure(),
    maxAge: Math.max(0, Math.floor(maxAgeSeconds)),
  };
}
