import { draftMode } from 'next/headers';

/** Leaves Draft Mode (a POST from the preview banner's form) and returns to the homepage. */
export async function POST() {
  (await draftMode()).disable();
  return new Response(null, { status: 303, headers: { Location: '/', 'Cache-Control': 'private, no-store' } });
}
