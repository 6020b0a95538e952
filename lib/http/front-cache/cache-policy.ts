import type { IncomingHttpHeaders } from 'node:http';
import { EDITOR_COOKIE } from '../../editors/editor-session';

/** Next's Draft Mode cookie: a preview must never be served from, or stored in, a shared cache. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass';

/**
 * The request headers Next renders differently for (its `Vary` on pages: client navigations and prefetches get
 * RSC payloads, not HTML). Accept-Encoding is not here: the front server asks Next for identity bodies and
 * compresses itself, so one entry serves both.
 */
export const VARY_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'] as const;

export type BypassReason = 'method' | 'draft-mode' | 'editor-session' | 'range';

/** Why a request must go straight to Next, or null when the front cache may answer it. */
export function bypassReason(method: string | undefined, headers: IncomingHttpHeaders): BypassReason | null {
  if (method !== 'GET' && method !== 'HEAD') return 'method';
  const cookies = cookieNames(headers.cookie);
  if (cookies.has(DRAFT_MODE_COOKIE)) return 'draft-mode';
  if (cookies.has(EDITOR_COOKIE)) return 'editor-session';
  if (headers.range !== undefined) return 'range';
  return null;
}

function cookieNames(header: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const pair of (header ?? '').split(';')) {
    const name = pair.split('=', 1)[0]!.trim();
    if (name) names.add(name);
  }
  return names;
}

/** GET and HEAD share an entry: the key is the host, the URL and the request headers Next varies on. */
export function cacheKey(url: string, headers: IncomingHttpHeaders): string {
  const varied = VARY_REQUEST_HEADERS.map((name) => `${name}:${headerValue(headers[name])}`);
  return [headerValue(headers.host), url, ...varied].join('\n');
}

function headerValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

/** The request headers an entry is keyed on, plus the encoding this cache negotiates itself. */
const KEYED_REQUEST_HEADERS = new Set<string>([...VARY_REQUEST_HEADERS, 'accept-encoding']);

/**
 * Seconds a shared cache may keep the response, from Next's own headers as HTTP defines them for shared caches
 * (`s-maxage`, else the `max-age` of a response marked `public`: the build's hashed files, `immutable`, which Next
 * would otherwise gzip again for every request). Only a 200; never `private`, `no-store`, `no-cache`, one that sets
 * a cookie, nor one that varies on a request header the entry is not keyed on (`Vary: Accept` of optimised images).
 */
export function sharedMaxAgeSeconds(status: number, headers: IncomingHttpHeaders): number | null {
  if (status !== 200 || headers['set-cookie'] !== undefined) return null;
  const directives = new Map<string, string>();
  for (const part of headerValue(headers['cache-control']).split(',')) {
    const [name, value = ''] = part.trim().toLowerCase().split('=', 2);
    if (name) directives.set(name, value.replace(/^"|"$/g, ''));
  }
  if (directives.has('private') || directives.has('no-store') || directives.has('no-cache')) return null;
  const varied = headerValue(headers.vary).split(',').map((token) => token.trim().toLowerCase()).filter(Boolean);
  if (varied.some((token) => !KEYED_REQUEST_HEADERS.has(token))) return null;
  const maxAge = directives.has('s-maxage') ? directives.get('s-maxage') : directives.has('public') ? directives.get('max-age') : undefined;
  const seconds = Number(maxAge);
  return maxAge !== undefined && Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

export interface Freshness {
  /** Served as HIT until then. */
  freshUntil: number;
  /** Served as STALE (while one refresh runs) until then; equal to freshUntil when a publication is due. */
  staleUntil: number;
}

/**
 * How long an entry stays fresh: at most the response's s-maxage and the configured TTL, and never past the next
 * scheduled publication, after which no stale copy may be served (the story must appear on time).
 */
export function freshness(now: number, sMaxAgeSeconds: number, ttlSeconds: number, nextPublicationAt: number | null): Freshness {
  const lifetime = Math.min(sMaxAgeSeconds, ttlSeconds) * 1000;
  if (nextPublicationAt !== null && nextPublicationAt <= now + lifetime) return { freshUntil: nextPublicationAt, staleUntil: nextPublicationAt };
  return { freshUntil: now + lifetime, staleUntil: Math.min(now + 2 * lifetime, nextPublicationAt ?? Infinity) };
}
