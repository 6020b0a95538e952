import { cookies, draftMode } from 'next/headers';
import { crossSiteRefusal, isCrossSiteRequest } from '@/lib/editors/cross-site';
import { signOut } from '@/lib/editors/accounts/desk';
import { sessionCookieName, setCookieHeader } from '@/lib/editors/accounts/session-cookie';
import { endPreview } from '@/lib/editors/end-preview';

/** Ends the editor's session (a POST form in the newsroom), and any preview of this browser. */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  const jar = await cookies();
  signOut(jar.get(sessionCookieName())?.value);
  await endPreview(jar, await draftMode());
  const response = new Response(null, {
    status: 303,
    headers: { Location: '/newsroom', 'Cache-Control': 'private, no-store' },
  });
  response.headers.append('Set-Cookie', setCookieHeader(sessionCookieName(), '', 0));
  return response;
}
