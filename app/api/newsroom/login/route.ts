import {
  createSessionValue,
  EDITOR_COOKIE,
  SESSION_HOURS,
  sessionCookieAttributes,
} from '@/lib/editors/editor-session';
import { secretsMatch } from '@/lib/editors/bearer';
import { crossSiteRefusal, isCrossSiteRequest } from '@/lib/editors/cross-site';
import { createGuessLimiter, waitOrAbort } from '@/lib/editors/guess-limiter';
import { htmlPage } from '@/app/_responses/html-page';
import { clientAddress } from '@/lib/http/client-address';
import { readLimitedText } from '@/lib/http/read-limited-text';
import { missingSecretMessage, readSecret } from '@/lib/editors/secrets';

// Per address only: a flood of wrong passwords from elsewhere never keeps the editor out.
const limiter = createGuessLimiter();

function back(query: string, cookie?: string): Response {
  const headers = new Headers({ Location: `/newsroom${query}`, 'Cache-Control': 'private, no-store' });
  if (cookie) headers.set('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** The newsroom's login form posts here (works without JavaScript). */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  const password = readSecret('EDITOR_PASSWORD');
  if (!password) return htmlPage(503, 'Newsroom login is not configured', missingSecretMessage('EDITOR_PASSWORD'));
  const client = clientAddress(request.headers);
  const admission = limiter.admit(client);
  if ('retryAfterSeconds' in admission) {
    const wait = admission.retryAfterSeconds;
    return htmlPage(429, 'Too many login attempts', `Try again in ${wait} second(s).`, { 'Retry-After': String(wait) });
  }
  const body = await readLimitedText(request, 4096);
  if (!body.ok)
    return htmlPage(body.status, body.status === 413 ? 'Request too large' : 'Request too slow', body.message);
  // Past its free guesses an address waits for its turn: one check a second.
  await waitOrAbort(admission.waitMs, request.signal);
  if (request.signal.aborted) return new Response(null, { status: 408 });
  const given = new URLSearchParams(body.text).get('password') ?? '';
  if (!secretsMatch(password, given)) {
    limiter.recordFailure(client);
    return back('?error=wrong');
  }
  limiter.forget(client);
  const session = createSessionValue();
  if (!session) return htmlPage(503, 'Newsroom login is not configured', missingSecretMessage('PREVIEW_SECRET'));
  return back('', `${EDITOR_COOKIE}=${session}; ${sessionCookieAttributes(SESSION_HOURS * 3600)}`);
}
