import { htmlPage } from '@/app/_responses/html-page';
import { openPreview } from '@/lib/editors/open-preview';

/** Entry of a signed preview link (lib/editors/open-preview.ts): opens the article it names in Draft Mode. */
export async function GET(request: Request) {
  const opening = await openPreview(request);
  if (!opening.ok) {
    const retry = opening.retryAfterSeconds ? { 'Retry-After': String(opening.retryAfterSeconds) } : undefined;
    return htmlPage(opening.status, opening.title, opening.message, retry);
  }
  // The target is built from the verified slug only, never from a URL given in the request.
  return new Response(null, {
    status: 303,
    headers: { Location: `/articles/${opening.slug}`, 'Cache-Control': 'private, no-store' },
  });
}
