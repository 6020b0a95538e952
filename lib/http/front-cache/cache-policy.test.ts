import { describe, expect, it } from 'vitest';
import { bypassReason, cacheKey, freshness, sharedMaxAgeSeconds } from './cache-policy';

describe('bypassReason', () => {
  it('lets only GET and HEAD without a preview or editor cookie or a range through to the cache', () => {
    expect(bypassReason('GET', {})).toBeNull();
    expect(bypassReason('HEAD', { cookie: 'meridian-city=paris; meridian-unit=c' })).toBeNull();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) expect(bypassReason(method, {})).toBe('method');
    expect(bypassReason('GET', { cookie: 'a=1; __prerender_bypass=xyz' })).toBe('draft-mode');
    expect(bypassReason('GET', { cookie: 'meridian-editor=123.abc' })).toBe('editor-session');
    expect(bypassReason('GET', { range: 'bytes=0-10' })).toBe('range');
    // A cookie whose value merely mentions the name is not that cookie.
    expect(bypassReason('GET', { cookie: 'note=__prerender_bypass' })).toBeNull();
  });
});

describe('cacheKey', () => {
  it('is the same for GET and HEAD and differs by host, URL and every header Next varies on', () => {
    const base = cacheKey('/feed.xml', { host: 'a.example' });
    expect(cacheKey('/feed.xml', { host: 'a.example', 'accept-encoding': 'gzip', cookie: 'x=1' })).toBe(base);
    const variants = [
      cacheKey('/feed.xml', { host: 'b.example' }),
      cacheKey('/feed.xml?x=1', { host: 'a.example' }),
      cacheKey('/feed.xml', { host: 'a.example', rsc: '1' }),
      cacheKey('/feed.xml', { host: 'a.example', 'next-router-state-tree': '%5B%5D' }),
      cacheKey('/feed.xml', { host: 'a.example', 'next-router-prefetch': '1' }),
      cacheKey('/feed.xml', { host: 'a.example', 'next-router-segment-prefetch': '/_tree' }),
      cacheKey('/feed.xml', { host: 'a.example', 'next-url': '/markets' }),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });
});

describe('sharedMaxAgeSeconds', () => {
  it('reads s-maxage from a public 200 only', () => {
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600' })).toBe(300);
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 's-maxage=60' })).toBe(60);
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'public, s-maxage=300, no-store' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 's-maxage=300, no-cache' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 's-maxage=0' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 's-maxage=abc' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, {})).toBeNull();
    expect(sharedMaxAgeSeconds(404, { 'cache-control': 'public, s-maxage=300' })).toBeNull();
    expect(sharedMaxAgeSeconds(301, { 'cache-control': 'public, s-maxage=300' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'public, s-maxage=300', 'set-cookie': ['a=1'] })).toBeNull();
  });
});

describe('sharedMaxAgeSeconds without s-maxage', () => {
  it("takes max-age only from a response marked public, as HTTP lets shared caches do", () => {
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'public, max-age=31536000, immutable', vary: 'Accept-Encoding' })).toBe(31536000);
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'max-age=60' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'public, max-age=0, must-revalidate' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'public' })).toBeNull();
  });

  it('refuses a response that varies on a request header the entry is not keyed on', () => {
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'public, max-age=86400, must-revalidate', vary: 'Accept' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 'public, s-maxage=300', vary: '*' })).toBeNull();
    expect(sharedMaxAgeSeconds(200, { 'cache-control': 's-maxage=300', vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, next-url, Accept-Encoding' })).toBe(300);
  });
});

describe('freshness', () => {
  const now = 1_000_000;
  it('lasts the shorter of s-maxage and the TTL, then allows as long again stale', () => {
    expect(freshness(now, 300, 10, null)).toEqual({ freshUntil: now + 10_000, staleUntil: now + 20_000 });
    expect(freshness(now, 5, 10, null)).toEqual({ freshUntil: now + 5_000, staleUntil: now + 10_000 });
  });

  it('ends at the next publication, with no stale copy after it', () => {
    expect(freshness(now, 300, 10, now + 4_000)).toEqual({ freshUntil: now + 4_000, staleUntil: now + 4_000 });
    expect(freshness(now, 300, 10, now + 15_000)).toEqual({ freshUntil: now + 10_000, staleUntil: now + 15_000 });
    expect(freshness(now, 300, 10, now + 60_000)).toEqual({ freshUntil: now + 10_000, staleUntil: now + 20_000 });
  });
});
