import { cookies, draftMode } from 'next/headers';
import { crossSiteRefusal, isCrossSiteRequest } from '@/lib/editors/cross-site';
import { endPreview } from '@/lib/editors/end-preview';

/** Leaves the preview (a POST from the preview banner's form): its grant is revoked everywhere. Back to the homepage. */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  await endPreview(await cookies(), await draftMode());
  return new Response(null, { status: 303, headers: { Location: '/', 'Cache-Control': 'private, no-store' } });
}
