/**
 * Whether a state-changing request was sent by another site (CSRF): browsers say so in Sec-Fetch-Site; older ones
 * send Origin, compared with the Host the request was sent to. A request with neither comes from no browser (curl,
 * scripts), which cannot carry a victim's cookies, so it is let through.
 */
export function isCrossSiteRequest(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  try {
    return new URL(origin).host !== request.headers.get('host');
  } catch {
    // "null" (a sandboxed frame, a redirect from elsewhere) or garbage.
    return true;
  }
}

export function crossSiteRefusal(): Response {
  return new Response('Forbidden: this form is accepted from this site only.\n', {
    status: 403,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
