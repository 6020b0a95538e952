import { createSessionValue, EDITOR_COOKIE, SESSION_HOURS, sessionCookieAttributes } from '@/lib/editors/editor-session';
import { secretsMatch } from '@/lib/editors/bearer';
import { htmlPage } from '@/lib/editors/html-page';
import { clientKey, createLoginLimiter } from '@/lib/editors/login-rate-limit';
import { readLimitedText } from '@/lib/http/read-limited-text';
import { missingSecretMessage, readSecret } from '@/lib/editors/secrets';

const limiter = createLoginLimiter();

function back(query: string, cookie?: string): Response {
  const headers = new Headers({ Location: `/newsroom${query}`, 'Cache-Control': 'private, no-store' });
  if (cookie) headers.set('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** The newsroom's login form posts here (works without JavaScript). */
export async function POST(request: Request) {
  const password = readSecret('EDITOR_PASSWORD');
  if (!password) return htmlPage(503, 'Newsroom login is not configured', missingSecretMessage('EDITOR_PASSWORD'));
  const client = clientKey(request);
  const wait = limiter.retryAfter(client);
  if (wait > 0) {
    return htmlPage(429, 'Too many login attempts', `Try again in ${Math.ceil(wait / 60)} minute(s).`, { 'Retry-After': String(wait) });
  }
  const text = await readLimitedText(request, 4096);
  if (text === null) return htmlPage(413, 'Request too large', 'The login form sends only a password.');
  const given = new URLSearchParams(text).get('password') ?? '';
  if (!secretsMatch(password, given)) {
    limiter.recordFailure(client);
    return back('?error=wrong');
  }
  const session = createSessionValue();
  if (!session) return htmlPage(503, 'Newsroom login is not configured', missingSecretMessage('PREVIEW_SECRET'));
  return back('', `${EDITOR_COOKIE}=${session}; ${sessionCookieAttributes(SESSION_HOURS * 3600)}`);
}
