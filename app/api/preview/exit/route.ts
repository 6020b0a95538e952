import { draftMode } from 'next/headers';
import { restrictDraftModeCookie } from '@/lib/editors/draft-mode-cookie';

/** Leaves Draft Mode (a POST from the preview banner's form) and returns to the homepage. */
export async function POST() {
  (await draftMode()).disable();
  await restrictDraftModeCookie();
  return new Response(null, { status: 303, headers: { Location: '/', 'Cache-Control': 'private, no-store' } });
}
