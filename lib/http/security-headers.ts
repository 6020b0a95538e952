/**
 * Headers every Meridian response carries (pages, route handlers, static files, 404s and the proxy's own
 * answers). The Content-Security-Policy is static, so cached pages stay one shared document: it allows inline
 * scripts (Next's bootstrap) and forbids script from any other origin, plugins, <base> hijacking, forms posting
 * elsewhere, framing by other sites and connections to other origins; injected markup is stopped earlier, by the
 * Markdown sanitiser (docs/decisions, "Content-Security-Policy").
 */
/** The site's policy with the given script sources. */
export function contentSecurityPolicy(scriptSources: string[]): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The reader bar is framed by our own pages (the <noscript> fallback), never by another site.
    "frame-ancestors 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(["'self'", "'unsafe-inline'"]);

export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), interest-cohort=()';

/** Two years, subdomains included: sent only by a production server whose public address is https. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

export interface SecurityHeaderOptions {
  production: boolean;
  siteUrl: string;
}

export function securityHeaders({ production, siteUrl }: SecurityHeaderOptions): { key: string; value: string }[] {
  const headers = [
    { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ];
  if (production && siteUrl.startsWith('https://'))
    headers.push({ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY });
  return headers;
}

/** The same headers from the running server's environment, for responses the proxy makes itself. */
export function currentSecurityHeaders() {
  return securityHeaders({ production: process.env.NODE_ENV === 'production', siteUrl: process.env.SITE_URL ?? '' });
}

export function withSecurityHeaders<T extends { headers: Headers }>(response: T): T {
  for (const { key, value } of currentSecurityHeaders()) response.headers.set(key, value);
  return response;
}
