import { cookies, draftMode } from 'next/headers';
import { getContentSnapshot } from '../content/content-store';
import { clientAddress } from '../http/client-address';
import { restrictDraftModeCookie } from './draft-mode-cookie';
import { createGuessLimiter } from './guess-limiter';
import { createGrantValue, grantCookieOptions, PREVIEW_GRANT_COOKIE } from './preview-grant';
import { verifyPreview } from './preview-token';
import { missingSecretMessage, readSecret } from './secrets';

export type PreviewOpening =
  | { ok: true; slug: string }
  | { ok: false; status: 401 | 404 | 429 | 503; title: string; message: string; retryAfterSeconds?: number };

// Forged links per address are answered 429 past 20; a valid link (an HMAC nobody can guess) always opens.
const limiter = createGuessLimiter({ freeGuesses: 20 });

/**
 * Checks a signed preview link and, when it holds, grants this browser the one article it names until the link
 * expires (our own signed cookie, checked on every preview render) and turns Draft Mode on.
 */
export async function openPreview(request: Request): Promise<PreviewOpening> {
  const secret = readSecret('PREVIEW_SECRET');
  if (!secret)
    return {
      ok: false,
      status: 503,
      title: 'Preview is not configured',
      message: missingSecretMessage('PREVIEW_SECRET'),
    };
  const query = new URL(request.url).searchParams;
  const verdict = verifyPreview(
    { slug: query.get('slug'), expires: query.get('expires'), sig: query.get('sig') },
    secret,
  );
  if (!verdict.ok) {
    const client = clientAddress(request.headers);
    if (limiter.exhausted(client))
      return {
        ok: false,
        status: 429,
        title: 'Too many invalid preview links',
        message: 'Try again in a few minutes.',
        retryAfterSeconds: 60,
      };
    if (verdict.reason !== 'expired') limiter.recordFailure(client);
    const message =
      verdict.reason === 'expired'
        ? 'This preview link has expired. Ask for a new one in the newsroom or with npm run preview-link.'
        : 'This preview link is not valid: it may have been altered or copied incompletely.';
    return { ok: false, status: 401, title: 'Preview link not accepted', message };
  }
  const { slug, expires } = verdict.grant;
  if (!getContentSnapshot().articles.some((a) => a.slug === slug))
    return {
      ok: false,
      status: 404,
      title: 'No such article',
      message: `No article with the slug "${slug}" exists (or its file has problems: run npm run content:check).`,
    };
  const grant = createGrantValue(slug, expires, secret);
  (await cookies()).set(PREVIEW_GRANT_COOKIE, grant, grantCookieOptions(expires - Date.now() / 1000));
  (await draftMode()).enable();
  await restrictDraftModeCookie();
  return { ok: true, slug };
}
