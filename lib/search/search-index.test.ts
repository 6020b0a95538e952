import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content';
import { isPublic } from '../content/visibility';
import { publicSearchDocuments } from './search-documents';
import { SearchIndex } from './search-index';

const snapshot = loadContent();
const now = Date.now();
const index = new SearchIndex(publicSearchDocuments(snapshot, now));
const published = snapshot.articles.filter((a) => isPublic(a, now));

describe('SearchIndex over the real content', () => {
  it('indexes exactly the public articles', () => {
    expect(index.size).toBe(published.length);
    expect(index.size).toBeLessThan(snapshot.articles.length);
  });

  it('ranks a story first for a distinctive headline word', () => {
    let checked = 0;
    for (const article of published) {
      const words = article.title.match(/[\p{L}]{6,}/gu) ?? [];
      // A word that appears in no other headline: its own story must come first.
      const unique = words.find((w) => published.filter((a) => a.title.toLowerCase().includes(w.toLowerCase())).length === 1);
      if (!unique) continue;
      const { hits } = index.search({ query: unique, limit: 3, offset: 0 });
      expect(hits[0]?.slug, `"${unique}"`).toBe(article.slug);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(published.length / 2);
  });

  it('finds every published story by its full headline, in the top three', () => {
    for (const article of published) {
      const { hits } = index.search({ query: article.title, limit: 3, offset: 0 });
      expect(hits.map((h) => h.slug)).toContain(article.slug);
    }
  });

  it('never finds a draft or a scheduled story', () => {
    for (const word of ['ZEBRAQUAIL7731', 'OSPREYLANTERN4402', 'zebraquail']) {
      expect(index.search({ query: word, limit: 10, offset: 0 }).total).toBe(0);
      expect(index.suggest(word)).toEqual([]);
    }
  });

  it('highlights hits in the snippet', () => {
    const { hits } = index.search({ query: published[0]!.title.split(' ')[1]!, limit: 1, offset: 0 });
    expect(hits[0]?.snippet).toMatch(/\u0002[^\u0003]+\u0003/);
  });

  it('filters by section and tag, sorts by date and pages', () => {
    const article = published[0]!;
    const query = 'the';
    const all = index.search({ query, limit: 1000, offset: 0 });
    const inSection = index.search({ query, section: article.sectionSlug, limit: 1000, offset: 0 });
    expect(inSection.total).toBeGreaterThan(0);
    expect(inSection.total).toBeLessThan(all.total);
    const section = new Map(published.map((a) => [a.slug, a.sectionSlug]));
    expect(inSection.hits.every((h) => section.get(h.slug) === article.sectionSlug)).toBe(true);
    const tag = article.tagSlugs[0]!;
    const tagged = index.search({ query, tag, limit: 1000, offset: 0 });
    expect(tagged.hits.every((h) => published.find((a) => a.slug === h.slug)!.tagSlugs.includes(tag))).toBe(true);
    const byDate = index.search({ query, sort: 'date', limit: 1000, offset: 0 }).hits.map((h) => h.publishedAt);
    expect(byDate).toEqual([...byDate].sort().reverse());
    const page2 = index.search({ query, limit: 5, offset: 5 });
    expect(page2.hits).toEqual(index.search({ query, limit: 10, offset: 0 }).hits.slice(5));
  });

  it('answers hostile input without throwing', () => {
    for (const query of ['', 'AND', 'NEAR(', '"', '*', '^', ':', '-', '()', 'a'.repeat(5000), '🚀', 'naïve 東京', 'OR OR NOT']) {
      expect(() => index.search({ query, limit: 10, offset: 0 })).not.toThrow();
      expect(() => index.suggest(query)).not.toThrow();
    }
    expect(index.search({ query: '🚀', limit: 10, offset: 0 }).searchable).toBe(false);
  });

  it('suggests headlines from a prefix', () => {
    const word = published[0]!.title.match(/[\p{L}]{6,}/u)![0];
    const suggestions = index.suggest(word.slice(0, 4));
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(6);
  });
});
