import { hmacSha256, signaturesMatch } from './hmac';
import { cookiesAreSecure } from '@/lib/http/secure-cookies';
import { readSecret } from './secrets';

/**
 * The editor's session cookie: `<expires>.<HMAC>`, signed with a key derived from PREVIEW_SECRET and
 * EDITOR_PASSWORD, so changing the password ends every session. It holds no other data.
 */
export const EDITOR_COOKIE = 'meridian-editor';
export const SESSION_HOURS = 12;

function sessionKey(): string | null {
  const secret = readSecret('PREVIEW_SECRET');
  const password = readSecret('EDITOR_PASSWORD');
  return secret && password ? hmacSha256(secret, `editor-session:${password}`) : null;
}

export function createSessionValue(now: number = Date.now()): string | null {
  const key = sessionKey();
  if (!key) return null;
  const expires = Math.floor(now / 1000) + SESSION_HOURS * 3600;
  return `${expires}.${hmacSha256(key, `session:${expires}`)}`;
}

export function isValidSession(value: string | undefined, now: number = Date.now()): boolean {
  const key = sessionKey();
  const match = value ? /^(\d{1,12})\.([\w-]{43})$/.exec(value) : null;
  if (!key || !match) return false;
  const expires = Number(match[1]);
  return signaturesMatch(hmacSha256(key, `session:${expires}`), match[2]!) && expires * 1000 > now;
}

export function sessionCookieAttributes(maxAgeSeconds: number): string {
  const secure = cookiesAreSecure() ? '; Secure' : '';
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}
