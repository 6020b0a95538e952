import type { IncomingHttpHeaders } from 'node:http';
import zlib from 'node:zlib';

/** Types worth gzipping: text, JSON, JavaScript, XML feeds and sitemaps, SVG and Next's RSC payloads. */
const COMPRESSIBLE = /^(?:text\/|image\/svg\+xml|application\/(?:json|javascript|xml|rss\+xml|atom\+xml|feed\+json|manifest\+json|ld\+json))/i;
/** Below this a gzip header and the CPU cost more than they save. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

export function isCompressible(headers: IncomingHttpHeaders): boolean {
  return COMPRESSIBLE.test(String(headers['content-type'] ?? '')) && headers['content-encoding'] === undefined && !/no-transform/i.test(String(headers['cache-control'] ?? ''));
}

/** True when the client lists the coding (or `*`) without refusing it with q=0. */
export function acceptsEncoding(acceptEncoding: string | string[] | undefined, wanted: 'gzip' | 'br'): boolean {
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding !== wanted && coding !== '*') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

export function gzip(body: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => zlib.gzip(body, (error, result) => (error ? reject(error) : resolve(result))));
}

/**
 * Brotli for stored entries, which every current browser accepts. Its 4 MB window finds the stylesheet's three
 * copies in a page (the <style> and two in the inline RSC payload, `inlineCss`) that gzip's 32 KB window cannot:
 * an article's HTML is 19.5 kB instead of 29.0 kB gzipped. Quality 5: 11 (the maximum) saves another 2 kB on it
 * but costs about 250 ms of CPU instead of about 10, on every refresh of every entry.
 */
export function brotli(body: Buffer): Promise<Buffer> {
  const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_LGWIN]: 22, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length };
  return new Promise((resolve, reject) => zlib.brotliCompress(body, { params }, (error, result) => (error ? reject(error) : resolve(result))));
}

/** Adds a token to a Vary header value once. */
export function varyWith(vary: string | undefined, token: string): string {
  const tokens = (vary ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  return tokens.some((t) => t.toLowerCase() === token.toLowerCase() || t === '*') ? tokens.join(', ') : [...tokens, token].join(', ');
}
