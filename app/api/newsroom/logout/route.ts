import { cookies, draftMode } from 'next/headers';
import { crossSiteRefusal, isCrossSiteRequest } from '@/lib/editors/cross-site';
import { EDITOR_COOKIE, readSession, sessionCookieAttributes } from '@/lib/editors/editor-session';
import { endPreview } from '@/lib/editors/end-preview';
import { getRevocationStore } from '@/lib/editors/revocation-store';

/** Ends the editor's session on every instance (a POST form in the newsroom), and any preview of this browser. */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  const session = readSession((await cookies()).get(EDITOR_COOKIE)?.value);
  if (session) await getRevocationStore().revoke(`session:${session.id}`, session.expires * 1000);
  await endPreview(await cookies(), await draftMode());
  const response = new Response(null, {
    status: 303,
    headers: { Location: '/newsroom', 'Cache-Control': 'private, no-store' },
  });
  response.headers.append('Set-Cookie', `${EDITOR_COOKIE}=; ${sessionCookieAttributes(0)}`);
  return response;
}
