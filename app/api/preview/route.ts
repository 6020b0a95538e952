import { cookies, draftMode } from 'next/headers';
import { restrictDraftModeCookie } from '@/lib/editors/draft-mode-cookie';
import { getContentSnapshot } from '@/lib/content/content-store';
import { createGuessLimiter } from '@/lib/editors/guess-limiter';
import { htmlPage } from '@/app/_responses/html-page';
import { createGrantValue, grantCookieOptions, PREVIEW_GRANT_COOKIE } from '@/lib/editors/preview-grant';
import { verifyPreview } from '@/lib/editors/preview-token';
import { missingSecretMessage, readSecret } from '@/lib/editors/secrets';
import { clientAddress } from '@/lib/http/client-address';

// Forged links per address are answered 429 past 20; a valid link (an HMAC nobody can guess) always opens.
const limiter = createGuessLimiter({ freeGuesses: 20 });

/**
 * Entry of a signed preview link: grants this browser the one article the link names until the link expires (our
 * own signed cookie, checked on every preview render), turns Draft Mode on, and opens the article.
 */
export async function GET(request: Request) {
  const secret = readSecret('PREVIEW_SECRET');
  if (!secret) return htmlPage(503, 'Preview is not configured', missingSecretMessage('PREVIEW_SECRET'));
  const query = new URL(request.url).searchParams;
  const verdict = verifyPreview(
    { slug: query.get('slug'), expires: query.get('expires'), sig: query.get('sig') },
    secret,
  );
  if (!verdict.ok) {
    const client = clientAddress(request.headers);
    if (limiter.exhausted(client))
      return htmlPage(429, 'Too many invalid preview links', 'Try again in a few minutes.', { 'Retry-After': '60' });
    if (verdict.reason !== 'expired') limiter.recordFailure(client);
    const message =
      verdict.reason === 'expired'
        ? 'This preview link has expired. Ask for a new one in the newsroom or with npm run preview-link.'
        : 'This preview link is not valid: it may have been altered or copied incompletely.';
    return htmlPage(401, 'Preview link not accepted', message);
  }
  const { slug, expires } = verdict.grant;
  if (!getContentSnapshot().articles.some((a) => a.slug === slug)) {
    return htmlPage(
      404,
      'No such article',
      `No article with the slug "${slug}" exists (or its file has problems: run npm run content:check).`,
    );
  }
  (await cookies()).set(
    PREVIEW_GRANT_COOKIE,
    createGrantValue(slug, expires, secret),
    grantCookieOptions(expires - Date.now() / 1000),
  );
  (await draftMode()).enable();
  await restrictDraftModeCookie();
  // The target is built from the verified slug only, never from a URL given in the request.
  return new Response(null, {
    status: 303,
    headers: { Location: `/articles/${slug}`, 'Cache-Control': 'private, no-store' },
  });
}
