import { htmlPage } from '@/app/_responses/html-page';
import { crossSiteRefusal, isCrossSiteRequest } from '@/lib/editors/cross-site';
import { deskLogin } from '@/lib/editors/accounts/desk';
import {
  cookieFrom,
  DEVICE_DAYS,
  deviceCookieName,
  SESSION_HOURS,
  sessionCookieName,
  setCookieHeader,
} from '@/lib/editors/accounts/session-cookie';
import { clientAddress } from '@/lib/http/client-address';
import { readLimitedText } from '@/lib/http/read-limited-text';

function back(query: string, cookies: string[] = []): Response {
  const response = new Response(null, {
    status: 303,
    headers: { Location: `/newsroom${query}`, 'Cache-Control': 'private, no-store' },
  });
  for (const cookie of cookies) response.headers.append('Set-Cookie', cookie);
  return response;
}

const tooMany = (seconds: number, message: string) =>
  htmlPage(429, 'Too many sign-in attempts', message, { 'Retry-After': String(seconds) });

/** The newsroom's sign-in form posts here (works without JavaScript); limits in lib/editors/accounts/login-throttle.ts. */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  const client = clientAddress(request.headers);
  // Decided before the body is read, so a refused client costs no more than its headers.
  const admission = deskLogin.admitClient(client);
  if ('retryAfterSeconds' in admission) {
    const wait = admission.retryAfterSeconds;
    return tooMany(wait, `Too many attempts from this address. Try again in ${wait} second(s).`);
  }
  const body = await readLimitedText(request, 4096);
  if (!body.ok)
    return htmlPage(body.status, body.status === 413 ? 'Request too large' : 'Request too slow', body.message);
  const form = new URLSearchParams(body.text);
  const result = await deskLogin.signIn({
    client,
    email: form.get('email') ?? '',
    password: form.get('password') ?? '',
    device: cookieFrom(request.headers.get('cookie'), deviceCookieName()),
    waitMs: admission.waitMs,
    signal: request.signal,
  });
  switch (result.outcome) {
    case 'signed-in':
      return back('', [
        setCookieHeader(sessionCookieName(), result.session, SESSION_HOURS * 3600),
        setCookieHeader(deviceCookieName(), result.device, DEVICE_DAYS * 86_400),
      ]);
    case 'wrong':
    case 'disabled':
      return back(`?error=${result.outcome}`);
    case 'throttled':
      return tooMany(
        result.retryAfterSeconds,
        `Too many attempts for this account from new browsers. Try again in ${result.retryAfterSeconds} second(s), or from a browser you signed in with before.`,
      );
    case 'busy':
      return htmlPage(503, 'Sign-in is busy', 'Too many sign-ins at once. Try again in a few seconds.', {
        'Retry-After': '5',
      });
    case 'gone':
      return new Response(null, { status: 408 });
  }
}
