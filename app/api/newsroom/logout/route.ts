import { EDITOR_COOKIE, sessionCookieAttributes } from '@/lib/editors/editor-session';

/** Ends the editor's session (a POST form in the newsroom). */
export async function POST() {
  return new Response(null, {
    status: 303,
    headers: { Location: '/newsroom', 'Cache-Control': 'private, no-store', 'Set-Cookie': `${EDITOR_COOKIE}=; ${sessionCookieAttributes(0)}` },
  });
}
