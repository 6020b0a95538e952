import { cookies } from 'next/headers';
import { DRAFT_MODE_COOKIE } from '@/lib/views/beacon-policy';
import { cookiesAreSecure } from '@/lib/http/secure-cookies';

/**
 * Next writes the draft-mode cookie with SameSite=None (so that a CMS on another site can show previews in
 * a frame) and Secure in every production build. Meridian has no such CMS and forbids framing by other sites,
 * so after draftMode().enable() or .disable() the cookie is rewritten like Meridian's own: SameSite=Lax, and
 * Secure unless the site is served over plain http (where a browser would drop a Secure cookie).
 */
export async function restrictDraftModeCookie(): Promise<void> {
  const store = await cookies();
  const cookie = store.get(DRAFT_MODE_COOKIE);
  if (!cookie) return;
  const ending = cookie.value === '' ? { expires: new Date(0) } : {};
  store.set(DRAFT_MODE_COOKIE, cookie.value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookiesAreSecure(),
    ...ending,
  });
}
