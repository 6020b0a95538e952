import type { IncomingHttpHeaders } from 'node:http';

/** Types worth gzipping: text, JSON, JavaScript, XML feeds and sitemaps, SVG and Next's RSC payloads. */
const COMPRESSIBLE = /^(?:text\/|image\/svg\+xml|application\/(?:json|javascript|xml|rss\+xml|atom\+xml|feed\+json|manifest\+json|ld\+json))/i;
/** Below this a gzip header and the CPU cost more than they save. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

export function isCompressible(headers: IncomingHttpHeaders): boolean {
  return COMPRESSIBLE.test(String(headers['content-type'] ?? '')) && headers['content-encoding'] === undefined && !/no-transform/i.test(String(headers['cache-control'] ?? ''));
}

/** True when the client lists gzip (or `*`) without refusing it with q=0. */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/** Adds a token to a Vary header value once. */
export function varyWith(vary: string | undefined, token: string): string {
  const tokens = (vary ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  return tokens.some((t) => t.toLowerCase() === token.toLowerCase() || t === '*') ? tokens.join(', ') : [...tokens, token].join(', ');
}
