import { randomBytes } from 'node:crypto';
import { hmacSha256, signaturesMatch } from './hmac';
import { cookiesAreSecure } from '@/lib/http/secure-cookies';
import { notRevoked } from './revocation-store';
import { readSecret } from './secrets';

/**
 * The editor's session cookie: `<expires>.<id>.<HMAC>`, signed with a key derived from PREVIEW_SECRET and
 * EDITOR_PASSWORD, so changing the password ends every session. Signing out revokes its random id on every
 * instance (revocation-store.ts). SameSite=Strict: no other site can make a browser send it.
 */
export const EDITOR_COOKIE = 'meridian-editor';
export const SESSION_HOURS = 12;

export interface EditorSession {
  id: string;
  expires: number;
}

function sessionKey(): string | null {
  const secret = readSecret('PREVIEW_SECRET');
  const password = readSecret('EDITOR_PASSWORD');
  return secret && password ? hmacSha256(secret, `editor-session:${password}`) : null;
}

export function createSessionValue(
  now: number = Date.now(),
  id: string = randomBytes(16).toString('base64url'),
): string | null {
  const key = sessionKey();
  if (!key) return null;
  const expires = Math.floor(now / 1000) + SESSION_HOURS * 3600;
  return `${expires}.${id}.${hmacSha256(key, `session:${expires}:${id}`)}`;
}

/** The session a cookie holds when its signature is right and it has not expired (revocation not checked). */
export function readSession(value: string | undefined, now: number = Date.now()): EditorSession | null {
  const key = sessionKey();
  const match = value ? /^(\d{1,12})\.([\w-]{22})\.([\w-]{43})$/.exec(value) : null;
  if (!key || !match) return null;
  const expires = Number(match[1]);
  const id = match[2]!;
  return signaturesMatch(hmacSha256(key, `session:${expires}:${id}`), match[3]!) && expires * 1000 > now
    ? { id, expires }
    : null;
}

/** Signed, unexpired and not signed out. */
export async function isSignedIn(value: string | undefined): Promise<boolean> {
  const session = readSession(value);
  return session !== null && (await notRevoked(`session:${session.id}`));
}

export function sessionCookieAttributes(maxAgeSeconds: number): string {
  const secure = cookiesAreSecure() ? '; Secure' : '';
  return `Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}
