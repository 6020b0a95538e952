import { describe, expect, it } from 'vitest';
import { ignoredBecause, isCrossSite } from './beacon-policy';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('ignoredBecause', () => {
  it('counts an ordinary browser view', () => {
    expect(ignoredBecause(new Headers({ 'user-agent': BROWSER, cookie: 'meridian-city=tokyo' }))).toBeNull();
  });

  it.each([
    [{ 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }, 'bot'],
    [{ 'user-agent': 'curl/8.5.0' }, 'bot'],
    [{ 'user-agent': '' }, 'bot'],
    [{ 'user-agent': BROWSER, 'sec-purpose': 'prefetch;prerender' }, 'prefetch'],
    [{ 'user-agent': BROWSER, purpose: 'prefetch' }, 'prefetch'],
    [{ 'user-agent': BROWSER, cookie: 'a=1; __prerender_bypass=abc' }, 'preview'],
  ])('ignores %j as %s', (headers, reason) => {
    expect(ignoredBecause(new Headers(headers))).toBe(reason);
  });
});

describe('isCrossSite', () => {
  it('refuses beacons sent by another site only', () => {
    expect(isCrossSite(new Headers({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSite(new Headers({ 'sec-fetch-site': 'same-origin' }))).toBe(false);
    expect(isCrossSite(new Headers())).toBe(false);
  });
});
