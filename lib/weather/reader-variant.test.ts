import { describe, expect, it } from 'vitest';
import {
  defaultVariantKey,
  preferencesFromVariant,
  readerVariantRewrites,
  startsWithVariantKey,
} from './reader-variant';

describe('reader variants', () => {
  it("is the site's city in °C for a first-time reader", () => {
    expect(defaultVariantKey()).toBe('beijing.c');
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

describe('readerVariantRewrites', () => {
  const rules = readerVariantRewrites();
  const forSource = (source: string) => rules.filter((r) => r.source === source);

  it("sends every public page to a variant, the reader's city and °F first and the site's own last", () => {
    for (const [source, page] of [
      ['/', ''],
      ['/page/:page', '/page/:page'],
      ['/articles/:slug', '/articles/:slug'],
      ['/section', '/section'],
      ['/section/:rest+', '/section/:rest+'],
      ['/tag', '/tag'],
      ['/tag/:rest+', '/tag/:rest+'],
      ['/author/:rest+', '/author/:rest+'],
      ['/search', '/search'],
    ])
      expect(forSource(source!).map((r) => r.destination)).toEqual([
        `/:city.f${page}`,
        `/:city.c${page}`,
        `/beijing.f${page}`,
        `/beijing.c${page}`,
      ]);
  });

  it('matches only known cities and the °F unit, so tampered cookies get the defaults', () => {
    const [cityAndUnit, cityOnly, unitOnly, fallback] = forSource('/articles/:slug');
    const cityPattern = new RegExp(`^${cityOnly!.has![0]!.value}$`);
    expect('new-york'.match(cityPattern)?.groups?.city).toBe('new-york');
    for (const tampered of ['atlantis', 'new-york;x', '../beijing', 'NEW-YORK'])
      expect(tampered).not.toMatch(cityPattern);
    expect(cityAndUnit!.has!.map((h) => [h.key, h.value])).toEqual([
      ['meridian-city', cityOnly!.has![0]!.value],
      ['meridian-unit', 'f'],
    ]);
    expect(unitOnly!.has).toEqual([{ type: 'cookie', key: 'meridian-unit', value: 'f' }]);
    expect(fallback!.has).toBeUndefined();
  });

  it('leaves routes that are the same for every reader alone', () => {
    const sources = new Set(rules.map((r) => r.source));
    for (const path of ['/articles/:slug/opengraph-image', '/feed.xml', '/sitemaps/articles/:chunk', '/api/weather'])
      expect(sources.has(path)).toBe(false);
  });
});
