/**
 * Whether the cookies Meridian sets carry `Secure`: in production unless SITE_URL says the site is served over
 * plain http (where a browser would drop them). A production server without SITE_URL is assumed to be https.
 */
export function cookiesAreSecure(): boolean {
  return process.env.NODE_ENV === 'production' && !process.env.SITE_URL?.startsWith('http://');
}
