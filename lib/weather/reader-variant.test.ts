import { describe, expect, it } from 'vitest';
import {
  defaultVariantKey,
  preferencesFromVariant,
  readerPageRewrite,
  startsWithVariantKey,
  variantKeyFromCookies,
} from './reader-variant';

const cookies = (values: Record<string, string>) => (name: string) => values[name];

describe('reader variants', () => {
  it("is the site's city in °C for a first-time reader", () => {
    expect(defaultVariantKey()).toBe('beijing.c');
    expect(variantKeyFromCookies(cookies({}))).toBe('beijing.c');
  });

  it("follows the reader's saved city and unit", () => {
    expect(variantKeyFromCookies(cookies({ 'meridian-city': 'new-york', 'meridian-unit': 'f' }))).toBe('new-york.f');
    expect(variantKeyFromCookies(cookies({ 'meridian-city': 'london' }))).toBe('london.c');
  });

  it('falls back to the defaults for unknown or tampered cookies', () => {
    expect(variantKeyFromCookies(cookies({ 'meridian-city': 'atlantis', 'meridian-unit': 'kelvin' }))).toBe(
      'beijing.c',
    );
    expect(variantKeyFromCookies(cookies({ 'meridian-city': '../x', 'meridian-unit': 'f' }))).toBe('beijing.f');
  });

  it("reads a variant's city, time zone and unit back", () => {
    const reader = preferencesFromVariant('new-york.f');
    expect(reader?.city.timeZone).toBe('America/New_York');
    expect(reader?.unit).toBe('f');
  });

  it('refuses keys that are not a known city and unit', () => {
    for (const key of ['atlantis.c', 'new-york.k', 'new-york', 'NEW-YORK.c', 'articles', '', 'beijing.c.f'])
      expect(preferencesFromVariant(key)).toBeNull();
  });

  it('recognises paths that name a variant explicitly', () => {
    expect(startsWithVariantKey('/beijing.c')).toBe(true);
    expect(startsWithVariantKey('/new-york.f/articles/some-story')).toBe(true);
    for (const path of ['/', '/articles/some-story', '/feed.json', '/atom.xml', '/search'])
      expect(startsWithVariantKey(path)).toBe(false);
  });
});

describe('readerPageRewrite', () => {
  const newYork = cookies({ 'meridian-city': 'new-york' });

  it("sends every public page to the reader's variant", () => {
    expect(readerPageRewrite('/', newYork)).toBe('/new-york.c');
    expect(readerPageRewrite('/page/2', newYork)).toBe('/new-york.c/page/2');
    expect(readerPageRewrite('/articles/a-story', newYork)).toBe('/new-york.c/articles/a-story');
    expect(readerPageRewrite('/section/markets', cookies({}))).toBe('/beijing.c/section/markets');
    expect(readerPageRewrite('/tag/gold/page/3', newYork)).toBe('/new-york.c/tag/gold/page/3');
    expect(readerPageRewrite('/author/ana-li', newYork)).toBe('/new-york.c/author/ana-li');
    expect(readerPageRewrite('/search', newYork)).toBe('/new-york.c/search');
  });

  it('leaves routes that are the same for every reader alone', () => {
    for (const path of [
      '/articles/a-story/opengraph-image',
      '/feed.xml',
      '/sitemaps/articles/1',
      '/api/weather',
      '/newsroom',
      '/media/articles/a/16x9',
      '/robots.txt',
    ])
      expect(readerPageRewrite(path, newYork)).toBeNull();
  });
});
