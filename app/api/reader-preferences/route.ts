import { cookies } from 'next/headers';
import { resolveCity } from '@/lib/weather/cities';
import { parseUnit, safeReturnPath } from '@/lib/weather/reader-preferences';
import { CITY_COOKIE, PREFERENCE_MAX_AGE_SECONDS, UNIT_COOKIE } from '@/lib/weather/saved-choice';
import { cookiesAreSecure } from '@/lib/http/secure-cookies';
import { readLimitedText } from '@/lib/http/read-limited-text';
import { crossSiteRefusal, isCrossSiteRequest } from '@/lib/editors/cross-site';

const MAX_BODY_BYTES = 2048;

/**
 * Saves the reader's city and unit, which choose their variant of every page (its times, date and weather). A plain
 * form post (no JavaScript) is sent back where it came from.
 */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request)) return crossSiteRefusal();
  // Read with a cap and a deadline (a chunked body declares no length), then parsed as the form it claims to be.
  const body = await readLimitedText(request, MAX_BODY_BYTES);
  if (!body.ok) return new Response(`${body.message}.\n`, { status: body.status });
  let form: FormData;
  try {
    form = await new Response(body.text, {
      headers: { 'Content-Type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return new Response('Expected a form with city and unit.\n', { status: 400 });
  }
  const city = resolveCity(String(form.get('city') ?? ''));
  const unit = parseUnit(String(form.get('unit') ?? ''));
  const store = await cookies();
  // Only the server reads them (to pick the page variant), so no script may.
  const options = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: cookiesAreSecure(),
    path: '/',
    maxAge: PREFERENCE_MAX_AGE_SECONDS,
  };
  store.set(CITY_COOKIE, city.id, options);
  store.set(UNIT_COOKIE, unit, options);
  if (request.headers.get('x-requested-with') === 'fetch') return new Response(null, { status: 204 });
  // The in-page form has no return field (a static page's HTML does not know which URL it was served at): the
  // Referer does, and is sent on same-origin posts (Referrer-Policy strict-origin-when-cross-origin).
  const back = safeReturnPath(String(form.get('return') ?? refererPath(request.headers.get('referer'))));
  return new Response(null, { status: 303, headers: { Location: back } });
}

function refererPath(referer: string | null): string {
  try {
    const url = referer ? new URL(referer) : null;
    return url ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}
