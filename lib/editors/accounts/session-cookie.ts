import { cookiesAreSecure } from '@/lib/http/secure-cookies';

/**
 * The desk's two cookies, both HttpOnly and SameSite=Strict (no other site can make a browser send them), Secure
 * with the `__Host-` prefix over https (so no subdomain or plain-http page can set or shadow them): the session,
 * an opaque token naming an account for 12 hours, and the device, an opaque token saying that this browser signed
 * in to an account before (it exempts the browser from the per-account login limit: login-throttle.ts).
 */
export const SESSION_HOURS = 12;
export const DEVICE_DAYS = 90;

const prefix = () => (cookiesAreSecure() ? '__Host-' : '');
export const sessionCookieName = () => `${prefix()}meridian-editor`;
export const deviceCookieName = () => `${prefix()}meridian-device`;

export function setCookieHeader(name: string, value: string, maxAgeSeconds: number): string {
  const secure = cookiesAreSecure() ? '; Secure' : '';
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

/** One cookie's value from a request's Cookie header (route handlers get the raw header). */
export function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
