import { draftMode } from 'next/headers';
import { restrictDraftModeCookie } from '@/lib/editors/draft-mode-cookie';
import { getContentSnapshot } from '@/lib/content/content-store';
import { htmlPage } from '@/lib/editors/html-page';
import { clientKey, createLoginLimiter } from '@/lib/editors/login-rate-limit';
import { verifyPreview } from '@/lib/editors/preview-token';
import { missingSecretMessage, readSecret } from '@/lib/editors/secrets';

// Forged or garbled links per client (and overall) are limited, so signatures cannot be guessed by brute force.
const limiter = createLoginLimiter({ perClient: 20, overall: 200 });

/** Entry of a signed preview link: turns Draft Mode on and opens the one article the link names. */
export async function GET(request: Request) {
  const secret = readSecret('PREVIEW_SECRET');
  if (!secret) return htmlPage(503, 'Preview is not configured', missingSecretMessage('PREVIEW_SECRET'));
  const client = clientKey(request);
  const wait = limiter.retryAfter(client);
  if (wait > 0) return htmlPage(429, 'Too many invalid preview links', `Try again in ${Math.ceil(wait / 60)} minute(s).`, { 'Retry-After': String(wait) });
  const query = new URL(request.url).searchParams;
  const verdict = verifyPreview({ slug: query.get('slug'), expires: query.get('expires'), sig: query.get('sig') }, secret);
  if (!verdict.ok) {
    if (verdict.reason !== 'expired') limiter.recordFailure(client);
    const message =
      verdict.reason === 'expired'
        ? 'This preview link has expired. Ask for a new one in the newsroom or with npm run preview-link.'
        : 'This preview link is not valid: it may have been altered or copied incompletely.';
    return htmlPage(401, 'Preview link not accepted', message);
  }
  const { slug } = verdict.grant;
  if (!getContentSnapshot().articles.some((a) => a.slug === slug)) {
    return htmlPage(404, 'No such article', `No article with the slug "${slug}" exists (or its file has problems: run npm run content:check).`);
  }
  (await draftMode()).enable();
  await restrictDraftModeCookie();
  // The target is built from the verified slug only, never from a URL given in the request.
  return new Response(null, { status: 303, headers: { Location: `/articles/${slug}`, 'Cache-Control': 'private, no-store' } });
}
