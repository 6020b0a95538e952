import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from './cross-site';

const post = (headers: Record<string, string>) =>
  new Request('http://news.example/api/x', { method: 'POST', headers: { host: 'news.example', ...headers } });

describe('isCrossSiteRequest', () => {
  it('refuses what a browser marks or shows as sent by another site', () => {
    expect(isCrossSiteRequest(post({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSiteRequest(post({ 'sec-fetch-site': 'same-site' }))).toBe(true);
    expect(isCrossSiteRequest(post({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteRequest(post({ origin: 'null' }))).toBe(true);
  });

  it('accepts the site itself and clients that are no browser', () => {
    expect(isCrossSiteRequest(post({ 'sec-fetch-site': 'same-origin', origin: 'https://news.example' }))).toBe(false);
    expect(isCrossSiteRequest(post({ origin: 'https://news.example' }))).toBe(false);
    expect(isCrossSiteRequest(post({}))).toBe(false);
  });
});
