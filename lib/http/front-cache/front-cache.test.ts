import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicyForHtml, scriptHash } from '../csp/html-policy';
import { FrontCache, type FrontCacheOptions } from './front-cache';
import { createOrigin } from './origin';
import { purgeFrontCache } from './purge';

const PUBLIC = 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600';
const FLIGHT = 'self.__next_f.push([1,"a:1\\n"])';
const INJECTED = 'alert(document.cookie)';

/** A tiny origin standing in for Next: counts what it is asked and answers by path. */
function startOrigin() {
  const calls: IncomingMessage[] = [];
  const versions = new Map<string, number>();
  /** Paths answered as Next answers a page it is re-rendering behind the old one. */
  const rerendering = new Set<string>();
  let delayMs = 0;
  const server = http.createServer(async (request, response) => {
    calls.push(request);
    const url = new URL(request.url!, 'http://origin');
    const version = (versions.get(url.pathname) ?? 0) + 1;
    versions.set(url.pathname, version);
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    const body = `${url.pathname} v${version} rsc=${request.headers.rsc ?? '-'} cookie=${request.headers.cookie ?? '-'}`;
    if (url.pathname.startsWith('/stale/') || rerendering.has(url.pathname)) {
      response.writeHead(200, { 'Cache-Control': PUBLIC, 'Content-Type': 'text/plain', 'X-Nextjs-Cache': 'STALE' }).end(body);
    } else if (url.pathname.startsWith('/public/')) response.writeHead(200, { 'Cache-Control': PUBLIC, 'Content-Type': 'text/plain', ETag: `"v${version}"` }).end(body);
    else if (url.pathname === '/private') response.writeHead(200, { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain' }).end(body);
    else if (url.pathname === '/sets-cookie') response.writeHead(200, { 'Cache-Control': PUBLIC, 'Set-Cookie': 'a=1' }).end(body);
    else if (url.pathname === '/big') response.writeHead(200, { 'Cache-Control': PUBLIC, 'Content-Type': 'application/octet-stream' }).end(Buffer.alloc(Number(url.searchParams.get('bytes')), 1));
    // As Next serves the build's hashed files: public and immutable, with max-age and no s-maxage.
    else if (url.pathname === '/_next/static/chunks/app.js') response.writeHead(200, { 'Cache-Control': 'public, max-age=31536000, immutable', 'Content-Type': 'application/javascript; charset=UTF-8', Vary: 'Accept-Encoding' }).end(Buffer.alloc(Number(url.searchParams.get('bytes')), 1));
    // As Next's image optimiser answers: the format depends on the Accept header, which entries are not keyed on.
    else if (url.pathname === '/_next/image') response.writeHead(200, { 'Cache-Control': 'public, max-age=86400, must-revalidate', 'Content-Type': 'image/avif', Vary: 'Accept' }).end(body);
    else if (url.pathname === '/page') {
      response.writeHead(200, { 'Cache-Control': PUBLIC, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "script-src 'self' 'unsafe-inline'" });
      response.end(`<!DOCTYPE html><p>${body}</p><script>${FLIGHT}</script><script>${INJECTED}</script><script type="application/ld+json">{"a":1}</script>`);
    } else response.writeHead(404, { 'Cache-Control': PUBLIC, 'Content-Type': 'text/plain' }).end('not found');
  });
  return {
    calls,
    rerendering,
    setDelay: (ms: number) => (delayMs = ms),
    count: (path: string) => calls.filter((c) => c.url === path).length,
    server,
  };
}

const clock = { now: 1_800_000_000_000 };
const running: http.Server[] = [];
const caches: FrontCache[] = [];

async function listen(server: http.Server): Promise<number> {
  running.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function setUp(options: Partial<FrontCacheOptions> = {}) {
  const origin = startOrigin();
  const originPort = await listen(origin.server);
  const cache = new FrontCache({
    origin: createOrigin({ host: '127.0.0.1', port: originPort }),
    maxBytes: 1024 * 1024,
    ttlSeconds: 10,
    nextPublicationAt: () => null,
    finishHtml: (headers, body) => {
      headers['content-security-policy'] = contentSecurityPolicyForHtml(body.toString('utf8'));
      return body;
    },
    now: () => clock.now,
    ...options,
  });
  caches.push(cache);
  const port = await listen(http.createServer((request, response) => void cache.handle(request, response)));
  const get = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
    return { status: response.status, xCache: response.headers.get('x-cache'), headers: response.headers, body: await response.text() };
  };
  return { origin, cache, get, port };
}

afterEach(async () => {
  for (const cache of caches.splice(0)) cache.close();
  await Promise.all(running.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('FrontCache in front of a real HTTP origin', () => {
  it('stores a public s-maxage 200 once and serves GET and HEAD from it', async () => {
    const { origin, get } = await setUp();
    const first = await get('/public/a');
    expect(first).toMatchObject({ status: 200, xCache: 'MISS', body: '/public/a v1 rsc=- cookie=-' });
    const second = await get('/public/a');
    expect(second).toMatchObject({ status: 200, xCache: 'HIT', body: first.body });
    expect(second.headers.get('cache-control')).toBe(PUBLIC);
    const head = await get('/public/a', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, xCache: 'HIT', body: '' });
    expect(origin.count('/public/a')).toBe(1);
    // Next is always asked for an identity body, whatever the client accepts.
    expect(origin.calls[0]!.headers['accept-encoding']).toBeUndefined();
    expect(origin.calls[0]!.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('fills a HEAD miss with a GET, so the next GET is a hit', async () => {
    const { origin, get } = await setUp();
    expect(await get('/public/h', { method: 'HEAD' })).toMatchObject({ xCache: 'MISS', body: '' });
    expect(origin.calls[0]!.method).toBe('GET');
    expect(await get('/public/h')).toMatchObject({ xCache: 'HIT', body: '/public/h v1 rsc=- cookie=-' });
  });

  it('never stores private, no-store, cookie-setting or non-200 answers', async () => {
    const { origin, get } = await setUp();
    for (const path of ['/private', '/sets-cookie', '/missing']) {
      await get(path);
      const again = await get(path);
      expect(again.xCache, path).toBe('MISS');
      expect(origin.count(path), path).toBe(2);
    }
  });

  it('keys entries by the headers Next varies on: an RSC request never gets the HTML entry', async () => {
    const { get } = await setUp();
    await get('/public/v');
    const rsc = await get('/public/v', { headers: { RSC: '1' } });
    expect(rsc).toMatchObject({ xCache: 'MISS', body: '/public/v v2 rsc=1 cookie=-' });
    expect((await get('/public/v', { headers: { RSC: '1' } })).body).toBe(rsc.body);
    expect((await get('/public/v')).body).toBe('/public/v v1 rsc=- cookie=-');
  });

  it('neither serves nor stores a request in Draft Mode or from an editor', async () => {
    const { origin, get } = await setUp();
    await get('/public/p');
    for (const cookie of ['__prerender_bypass=1', 'meridian-editor=1.x']) {
      const preview = await get('/public/p', { headers: { cookie } });
      expect(preview.xCache).toBe('BYPASS');
      expect(preview.body).toContain(`cookie=${cookie}`);
    }
    const publicAgain = await get('/public/p');
    expect(publicAgain).toMatchObject({ xCache: 'HIT', body: '/public/p v1 rsc=- cookie=-' });
    expect(origin.count('/public/p')).toBe(3);
  });

  it('passes other methods through with their body', async () => {
    const { origin, get } = await setUp();
    const posted = await get('/public/post', { method: 'POST', body: 'x=1' });
    expect(posted.xCache).toBe('BYPASS');
    expect(origin.calls[0]!.method).toBe('POST');
    expect((await get('/public/post')).xCache).toBe('MISS');
  });

  it('serves a stale copy once the TTL is over while one background refresh replaces it', async () => {
    const { origin, get } = await setUp({ ttlSeconds: 10 });
    await get('/public/s');
    clock.now += 10_001;
    origin.setDelay(150);
    const stale = await Promise.all([get('/public/s'), get('/public/s'), get('/public/s')]);
    expect(stale.map((r) => r.xCache)).toEqual(['STALE', 'STALE', 'STALE']);
    expect(stale.every((r) => r.body === '/public/s v1 rsc=- cookie=-')).toBe(true);
    await expect.poll(async () => (await get('/public/s')).body).toBe('/public/s v2 rsc=- cookie=-');
    expect((await get('/public/s')).xCache).toBe('HIT');
    // One refresh for the three stale answers.
    expect(origin.count('/public/s')).toBe(2);
    // Past the stale window nothing old is served: the next request waits for Next.
    clock.now += 20_001;
    expect(await get('/public/s')).toMatchObject({ xCache: 'MISS', body: '/public/s v3 rsc=- cookie=-' });
  });

  it('never serves an entry, fresh or stale, past the next scheduled publication', async () => {
    let publication: number | null = clock.now + 3_000;
    const { get } = await setUp({ ttlSeconds: 10, nextPublicationAt: () => publication });
    await get('/public/t');
    clock.now += 2_000;
    expect((await get('/public/t')).xCache).toBe('HIT');
    clock.now += 1_000;
    publication = null;
    expect(await get('/public/t')).toMatchObject({ xCache: 'MISS', body: '/public/t v2 rsc=- cookie=-' });
  });

  it('keeps an answer Next marks STALE (re-rendering behind it) for one second, so Next is asked about once a second', async () => {
    const { origin, get } = await setUp({ ttlSeconds: 10 });
    origin.setDelay(100);
    const first = await Promise.all(Array.from({ length: 5 }, () => get('/stale/a')));
    expect(first.map((r) => r.xCache)).toEqual(['MISS', 'MISS', 'MISS', 'MISS', 'MISS']);
    expect(origin.count('/stale/a')).toBe(1);
    clock.now += 999;
    expect(await get('/stale/a')).toMatchObject({ xCache: 'HIT', body: '/stale/a v1 rsc=- cookie=-' });
    clock.now += 2;
    expect(await get('/stale/a')).toMatchObject({ xCache: 'STALE', body: '/stale/a v1 rsc=- cookie=-' });
    await expect.poll(async () => (await get('/stale/a')).body).toBe('/stale/a v2 rsc=- cookie=-');
    expect(origin.count('/stale/a')).toBe(2);
    // Two seconds after it was stored nothing of it is served: a story that just went live is at most that late.
    clock.now += 2_000;
    expect(await get('/stale/a')).toMatchObject({ xCache: 'MISS', body: '/stale/a v3 rsc=- cookie=-' });
  });

  it('lets Next re-render only `backgroundRerenders` pages at once for its refreshes, serving the others stale meanwhile', async () => {
    const { origin, get } = await setUp({ ttlSeconds: 10, backgroundRerenders: 1 });
    await get('/public/r1');
    await get('/public/r2');
    clock.now += 10_001;
    origin.rerendering.add('/public/r1').add('/public/r2');
    expect((await get('/public/r1')).xCache).toBe('STALE');
    // Next re-renders r1 behind its STALE answer: r1 holds the only slot.
    await expect.poll(async () => (await get('/public/r1')).body).toBe('/public/r1 v2 rsc=- cookie=-');
    expect((await get('/public/r2')).xCache).toBe('STALE');
    await new Promise((r) => setTimeout(r, 50));
    expect(origin.count('/public/r2')).toBe(1);
    // Waiting for the slot, r2's stale copy outlives its usual stale window (20 s after it was stored).
    clock.now += 15_000;
    expect(await get('/public/r2')).toMatchObject({ xCache: 'STALE', body: '/public/r2 v1 rsc=- cookie=-' });
    // r1 is current again: the slot is free and r2 is refreshed.
    origin.rerendering.delete('/public/r1');
    expect(await get('/public/r1')).toMatchObject({ xCache: 'MISS', body: '/public/r1 v3 rsc=- cookie=-' });
    expect((await get('/public/r2')).xCache).toBe('STALE');
    await expect.poll(() => origin.count('/public/r2')).toBe(2);
  });

  it('makes concurrent misses of one key wait for a single fill', async () => {
    const { origin, get } = await setUp();
    origin.setDelay(150);
    const answers = await Promise.all(Array.from({ length: 10 }, () => get('/public/c')));
    expect(origin.count('/public/c')).toBe(1);
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set(['/public/c v1 rsc=- cookie=-']));
    expect(answers.every((a) => a.xCache === 'MISS')).toBe(true);
  });

  it('does not share an uncacheable answer between concurrent requests', async () => {
    const { origin, get } = await setUp();
    origin.setDelay(100);
    const answers = await Promise.all(['a', 'b', 'c'].map((city) => get('/private', { headers: { cookie: `city=${city}` } })));
    expect(answers.map((a) => a.body.split('cookie=')[1])).toEqual(['city=a', 'city=b', 'city=c']);
    expect(origin.count('/private')).toBe(3);
  });

  it('stays within its byte bound, dropping the least recently used first', async () => {
    const { cache, get } = await setUp({ maxBytes: 25_000 });
    await get('/big?bytes=10000');
    await get('/big?bytes=10001');
    await get('/big?bytes=10000'); // now the most recently used
    await get('/big?bytes=10002');
    expect(cache.store.bytes).toBeLessThanOrEqual(25_000);
    expect((await get('/big?bytes=10000')).xCache).toBe('HIT');
    expect((await get('/big?bytes=10001')).xCache).toBe('MISS');
    // An answer larger than the whole cache is served but not kept.
    expect((await get('/big?bytes=30000')).xCache).toBe('MISS');
    expect((await get('/big?bytes=30000')).xCache).toBe('MISS');
  });

  it('forgets everything on purgeFrontCache(), including a fill that was in flight', async () => {
    const { origin, get } = await setUp();
    await get('/public/r');
    purgeFrontCache();
    expect(await get('/public/r')).toMatchObject({ xCache: 'MISS', body: '/public/r v2 rsc=- cookie=-' });
    origin.setDelay(150);
    const inFlight = get('/public/x');
    await new Promise((r) => setTimeout(r, 50));
    purgeFrontCache();
    expect((await inFlight).body).toBe('/public/x v1 rsc=- cookie=-');
    expect(await get('/public/x')).toMatchObject({ xCache: 'MISS', body: '/public/x v2 rsc=- cookie=-' });
  });

  it('answers a conditional request for a stored entry with 304', async () => {
    const { get } = await setUp();
    const first = await get('/public/e');
    const etag = first.headers.get('etag')!;
    const conditional = await get('/public/e', { headers: { 'If-None-Match': etag } });
    expect(conditional).toMatchObject({ status: 304, xCache: 'HIT' });
  });

  it('stores brotli and gzip copies of a compressible type and sends each client the best it accepts', async () => {
    const { port } = await setUp();
    const fetchRaw = (encoding: string, path = '/_next/static/chunks/app.js?bytes=5000') =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http.get({ port, host: '127.0.0.1', path, headers: { 'accept-encoding': encoding } }, async (response) => {
          const chunks: Buffer[] = [];
          for await (const chunk of response) chunks.push(chunk as Buffer);
          resolve({ headers: response.headers, body: Buffer.concat(chunks) });
        }).on('error', reject);
      });
    await fetchRaw('identity');
    const browser = await fetchRaw('gzip, deflate, br, zstd');
    expect(browser.headers['x-cache']).toBe('HIT');
    expect(browser.headers['content-encoding']).toBe('br');
    expect(browser.headers.vary).toMatch(/Accept-Encoding/);
    expect(zlib.brotliDecompressSync(browser.body)).toEqual(Buffer.alloc(5000, 1));
    for (const gzipOnly of ['gzip, deflate', 'br;q=0, gzip']) {
      const zipped = await fetchRaw(gzipOnly);
      expect(zipped.headers['content-encoding'], gzipOnly).toBe('gzip');
      expect(zlib.gunzipSync(zipped.body)).toEqual(Buffer.alloc(5000, 1));
    }
    const plain = await fetchRaw('gzip;q=0');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBe(5000);
    // Already-compressed types are stored as they are.
    await fetchRaw('gzip, br', '/big?bytes=5000');
    const binary = await fetchRaw('gzip, br', '/big?bytes=5000');
    expect(binary.headers['x-cache']).toBe('HIT');
    expect(binary.headers['content-encoding']).toBeUndefined();
    expect(binary.body.length).toBe(5000);
  });

  it('never stores a response that varies on a header entries are not keyed on', async () => {
    const { origin, get } = await setUp();
    expect((await get('/_next/image?url=a')).xCache).toBe('MISS');
    expect((await get('/_next/image?url=a')).xCache).toBe('MISS');
    expect(origin.count('/_next/image?url=a')).toBe(2);
  });

  it('replaces the CSP of HTML with one that allows exactly the trusted inline scripts', async () => {
    const { get } = await setUp();
    for (const expected of ['MISS', 'HIT']) {
      const page = await get('/page');
      expect(page.xCache).toBe(expected);
      const csp = page.headers.get('content-security-policy')!;
      expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+'; /);
      expect(csp).toContain(scriptHash(FLIGHT));
      expect(csp).not.toContain(scriptHash(INJECTED));
      expect(csp.split('script-src')[1]!.split(';')[0]).not.toContain('unsafe-inline');
    }
  });
});
