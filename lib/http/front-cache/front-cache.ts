import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { acceptsEncoding, brotli, gzip, isCompressible, MIN_COMPRESSIBLE_BYTES, varyWith } from './compression';
import { bypassReason, cacheKey, freshness, sharedMaxAgeSeconds } from './cache-policy';
import { FrontCacheStore, type CachedResponse, type FreshResponse } from './front-cache-store';
import { isHtml, originRequestHeaders, readBody, relayResponse, requestOrigin, responseHeaders, type FinishHtml, type Origin } from './origin';
import { onFrontCachePurge } from './purge';
import { RerenderGate } from './rerender-gate';

export interface FrontCacheOptions {
  origin: Origin;
  /** Total size of the stored bodies and headers. */
  maxBytes: number;
  /** Upper bound of an entry's freshness, below the s-maxage Next sends. */
  ttlSeconds: number;
  /** When the next scheduled story goes live (ms), or null: no entry stays fresh past it. */
  nextPublicationAt: () => number | null;
  /** Finishes an HTML document: returns the body to send and sets the headers that depend on it (the CSP). */
  finishHtml: FinishHtml;
  /** Pages Next may re-render in the background at once for this cache's refreshes (rerender-gate.ts); default 8. */
  backgroundRerenders?: number;
  now?: () => number;
}

type XCache = 'HIT' | 'MISS' | 'STALE' | 'BYPASS';

/**
 * How long an answer Next marks STALE is kept. Next says STALE while it re-renders, in the background, a page whose
 * data expired (its lifetime ran out, or a scheduled story just went live). Not keeping it at all sent every request
 * for that page to Next until the re-render was done: when every page expires at once (all were rendered together),
 * the whole request rate reached Next, the re-renders queued behind it and requests waited past 10 s. Kept this
 * briefly, Next is asked about such a page about once a second, and a story that just went live shows at most about
 * twice this late (fresh, then stale while one refresh asks again).
 */
const STALE_ANSWER_SECONDS = 1;

/**
 * How long after it was stored a stale copy may still be served while its refresh waits for a re-render slot
 * (never past the next scheduled publication). Next's own `stale-while-revalidate` allows hours.
 */
const DEFERRED_STALE_MS = 60_000;

type Fill = { entry: FreshResponse | null; uncacheable?: IncomingMessage };

/**
 * An in-process shared cache in front of Next's request handler. It stores only what Next itself marks as
 * cacheable by a shared cache (200, `s-maxage` or `public` with `max-age`, no cookie set; one second only while Next
 * re-renders it), never a request in Draft Mode or an editor's, keeps it at most `ttlSeconds` and never past the next
 * scheduled publication, serves a stale copy while one background refresh per key runs (at most `backgroundRerenders`
 * of them making Next re-render at once), makes concurrent misses of one key wait for a single fill, and forgets
 * everything on `purgeFrontCache()` (every content revalidation).
 */
export class FrontCache {
  readonly store: FrontCacheStore;
  private readonly fills = new Map<string, Promise<Fill>>();
  private readonly gate: RerenderGate;
  private readonly unregister: () => void;
  private readonly now: () => number;

  constructor(private readonly options: FrontCacheOptions) {
    this.store = new FrontCacheStore(options.maxBytes);
    this.now = options.now ?? Date.now;
    this.gate = new RerenderGate(options.backgroundRerenders ?? 8, this.now);
    this.unregister = onFrontCachePurge(() => this.purge());
  }

  purge(): void {
    this.store.purge();
    this.fills.clear();
    this.gate.clear();
  }

  close(): void {
    this.unregister();
    this.options.origin.agent.destroy();
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (bypassReason(request.method, request.headers)) return this.pass(request, response, 'BYPASS');
    const url = request.url ?? '/';
    const key = cacheKey(url, request.headers);
    const entry = this.store.get(key);
    const now = this.now();
    if (entry && now < entry.freshUntil) return this.serve(request, response, entry, 'HIT');
    if (entry && now < entry.staleUntil) {
      if (this.fills.has(key)) return this.serve(request, response, entry, 'STALE');
      if (this.gate.mayRefresh(key)) void this.refresh(key, url, request.headers);
      else entry.staleUntil = Math.max(entry.staleUntil, Math.min(entry.storedAt + DEFERRED_STALE_MS, this.options.nextPublicationAt() ?? Infinity));
      return this.serve(request, response, entry, 'STALE');
    }
    if (entry) this.store.delete(key);
    // A conditional request with nothing stored is Next's to answer (its 304 cannot be shared).
    if (request.headers['if-none-match'] !== undefined || request.headers['if-modified-since'] !== undefined) return this.pass(request, response, 'MISS');

    const pending = this.fills.get(key);
    if (pending) {
      const { entry: filled } = await pending;
      // The leader's response was not shareable (private, an error...): this request asks Next itself.
      return filled ? this.serve(request, response, filled, 'MISS') : this.pass(request, response, 'MISS');
    }
    const fill = await this.fill(key, url, request.headers, request.socket.remoteAddress);
    if (fill.entry) return this.serve(request, response, fill.entry, 'MISS');
    response.setHeader('X-Cache', 'MISS');
    await relayResponse(request, response, fill.uncacheable!, this.options.finishHtml);
  }

  /** Forwards the request to Next as it is: the answer is neither read from nor written to the cache. */
  private async pass(request: IncomingMessage, response: ServerResponse, state: XCache): Promise<void> {
    response.setHeader('X-Cache', state);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const headers = originRequestHeaders(request.headers, request.socket.remoteAddress);
    const upstream = await requestOrigin(this.options.origin, request.method ?? 'GET', request.url ?? '/', headers, hasBody ? request : undefined);
    await relayResponse(request, response, upstream, this.options.finishHtml);
  }

  /**
   * Asks Next for the page once for every request waiting on this key. Always a plain GET (a HEAD fills the entry
   * a GET will use) without conditional headers, so the answer is a whole body.
   */
  private fill(key: string, url: string, headers: IncomingHttpHeaders, remoteAddress: string | undefined): Promise<Fill> {
    const generation = this.store.generation;
    const filling = (async (): Promise<Fill> => {
      const upstream = await requestOrigin(this.options.origin, 'GET', url, originRequestHeaders(headers, remoteAddress, { unconditional: true }));
      this.gate.answered(key, upstream.headers['x-nextjs-cache'] === 'STALE');
      const sMaxAge = sharedMaxAgeSeconds(upstream.statusCode ?? 0, upstream.headers);
      if (sMaxAge === null) return { entry: null, uncacheable: upstream };
      const storedAt = this.now();
      const response = await this.cachedResponse(upstream);
      const lifetime = upstream.headers['x-nextjs-cache'] === 'STALE' ? Math.min(sMaxAge, STALE_ANSWER_SECONDS) : sMaxAge;
      const entry: FreshResponse = { ...freshness(storedAt, lifetime, this.options.ttlSeconds, this.options.nextPublicationAt()), storedAt, response };
      if (entry.freshUntil > storedAt) this.store.set(key, entry, generation);
      return { entry };
    })();
    const shared = filling.catch((): Fill => ({ entry: null }));
    this.fills.set(key, shared);
    void shared.finally(() => {
      if (this.fills.get(key) === shared) this.fills.delete(key);
    });
    return filling;
  }

  /** The background refresh behind a STALE answer: the old entry stays until a new one replaces it. */
  private async refresh(key: string, url: string, headers: IncomingHttpHeaders): Promise<void> {
    try {
      const { entry, uncacheable } = await this.fill(key, url, headers, undefined);
      if (!entry) {
        uncacheable?.resume();
        this.store.delete(key);
      }
    } catch (error) {
      console.error(`Front cache: refreshing ${url} failed; the stale copy stays until it expires.`, error);
    }
  }

  private async cachedResponse(upstream: IncomingMessage): Promise<CachedResponse> {
    const headers = responseHeaders(upstream.headers);
    const read = await readBody(upstream);
    const body = isHtml(upstream.headers) ? this.options.finishHtml(headers, read) : read;
    const worthCompressing = body.length >= MIN_COMPRESSIBLE_BYTES && isCompressible(upstream.headers);
    if (worthCompressing) headers.vary = varyWith(headers.vary as string | undefined, 'Accept-Encoding');
    const flat: [string, string][] = [];
    for (const [name, value] of Object.entries(headers)) for (const one of [value].flat()) flat.push([name, one]);
    // Both on libuv's thread pool at once: the miss waits for the slower, not for the two in turn.
    const [gzipped, brotlied] = worthCompressing ? await Promise.all([gzip(body), brotli(body)]) : [null, null];
    return { headers: flat, body, gzipped, brotlied };
  }

  private serve(request: IncomingMessage, response: ServerResponse, entry: FreshResponse, state: XCache): void {
    const { headers } = entry.response;
    const out: string[] = [];
    for (const [name, value] of headers) out.push(name, value);
    out.push('x-cache', state, 'age', String(Math.max(0, Math.floor((this.now() - entry.storedAt) / 1000))));
    const etag = headers.find(([name]) => name === 'etag')?.[1];
    if (etag && request.headers['if-none-match'] === etag) {
      response.writeHead(304, out).end();
      return;
    }
    const { coding, sent } = bestEncoding(request.headers['accept-encoding'], entry.response);
    if (coding) out.push('content-encoding', coding);
    out.push('content-length', String(sent.length));
    response.writeHead(200, out);
    response.end(request.method === 'HEAD' ? undefined : sent);
  }
}

/** The stored copy to send: brotli, else gzip, else the body itself, as far as the client accepts them. */
function bestEncoding(accepted: string | string[] | undefined, { body, gzipped, brotlied }: CachedResponse): { coding: 'br' | 'gzip' | null; sent: Buffer } {
  if (brotlied && acceptsEncoding(accepted, 'br')) return { coding: 'br', sent: brotlied };
  if (gzipped && acceptsEncoding(accepted, 'gzip')) return { coding: 'gzip', sent: gzipped };
  return { coding: null, sent: body };
}
