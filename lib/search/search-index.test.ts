import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content';
import { isPublic } from '../content/visibility';
import { publicSearchDocuments, searchBodyReader } from './search-documents';
import { MAX_COUNTED, SearchIndex } from './search-index';

const snapshot = loadContent();
const now = Date.now();
const index = new SearchIndex(publicSearchDocuments(snapshot, now), searchBodyReader(snapshot));
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
      const unique = words.find(
        (w) => published.filter((a) => a.title.toLowerCase().includes(w.toLowerCase())).length === 1,
      );
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

  it('stems English words: "banks" finds every story "bank" finds, and the other way round', () => {
    const slugs = (query: string) => new Set(index.search({ query, limit: 1000, offset: 0 }).hits.map((h) => h.slug));
    const bank = slugs('bank');
    expect(bank.size).toBeGreaterThan(10);
    expect(slugs('banks')).toEqual(bank);
    expect(slugs('banking')).toEqual(slugs('banked'));
  });

  it("suggests a correction from the site's own words when nothing matches", () => {
    const misspelt = index.search({ query: 'coper', limit: 10, offset: 0 });
    expect(misspelt).toMatchObject({ total: 0, didYouMean: 'copper' });
    expect(index.search({ query: 'copper', limit: 10, offset: 0 }).total).toBeGreaterThan(0);
    expect(index.search({ query: 'zambian coper', limit: 10, offset: 0 }).didYouMean).toBe('zambian copper');
    expect(index.search({ query: 'inflaton', limit: 10, offset: 0 }).didYouMean).toBe('inflation');
    // Known words that never meet in one story, and gibberish far from every word, get no suggestion.
    expect(index.search({ query: 'copper zebraquail', limit: 10, offset: 0 }).didYouMean).toBeNull();
    expect(index.search({ query: 'qwxzptl', limit: 10, offset: 0 }).didYouMean).toBeNull();
    expect(index.search({ query: 'copper', limit: 10, offset: 0 }).didYouMean).toBeNull();
  });

  it('shows a passage of the body around the matched words, else the column that matched', () => {
    for (const query of ['bank', 'banks', 'copper', 'lending income', 'Markets', 'inflation']) {
      const { hits } = index.search({ query, limit: 10, offset: 0 });
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.snippet, `${query}: ${hit.slug}`).toMatch(/\u0002[^\u0003]+\u0003/);
    }
    const [first] = index.search({ query: 'copper', limit: 1, offset: 0 }).hits;
    expect(first!.snippet.replace(/[\u0002\u0003]/g, '')).not.toContain(first!.dek.slice(0, 40));
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
    for (const query of [
      '',
      'AND',
      'NEAR(',
      '"',
      '*',
      '^',
      ':',
      '-',
      '()',
      'a'.repeat(5000),
      '🚀',
      'naïve 東京',
      'OR OR NOT',
    ]) {
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

describe('SearchIndex over many stories: counting, ranking and paging windows', () => {
  // 1,500 stories, newest first. "market" is in every body (a broad word); every tenth headline holds it too.
  const stories = Array.from({ length: 1500 }, (_, i) => ({
    slug: `story-${i}`,
    title: i % 10 === 0 ? `Market story ${i}` : `Story ${i}`,
    dek: 'A summary.',
    body: `Market ledger ${i === 5 ? 'zephyr' : ''} ${i === 1400 ? 'quokka' : ''}`,
    tags: [],
    tagSlugs: [i % 2 === 0 ? 'even' : 'odd'],
    authors: ['Writer One'],
    sectionSlug: i % 3 === 0 ? 'ports' : 'markets',
    sectionName: i % 3 === 0 ? 'Ports' : 'Markets',
    publishedAt: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(),
  }));
  stories[7]!.title = 'Zephyr story 7';
  const many = new SearchIndex(stories, (slug) => stories.find((story) => story.slug === slug)?.body ?? '');
  const number = (slug: string) => Number(slug.split('-')[1]);

  it(`counts up to ${MAX_COUNTED} matches and pages through the newest of them only`, () => {
    const first = many.search({ query: 'market', sort: 'date', limit: 10, offset: 0 });
    expect(first).toMatchObject({ total: MAX_COUNTED, capped: true });
    expect(first.hits.map((h) => h.slug)).toEqual(stories.slice(0, 10).map((s) => s.slug));
    const last = many.search({ query: 'market', limit: 10, offset: MAX_COUNTED - 10 });
    expect(last.hits).toHaveLength(10);
    expect(last.hits.every((h) => number(h.slug) < MAX_COUNTED)).toBe(true);
    expect(many.search({ query: 'market', limit: 10, offset: MAX_COUNTED }).hits).toEqual([]);
    expect(many.search({ query: 'market', section: 'ports', limit: 10, offset: 0 })).toMatchObject({
      total: 500,
      capped: false,
    });
  });

  it('ranks headline matches of a broad word first, newest first, and pages consistently', () => {
    const { hits } = many.search({ query: 'market', limit: 100, offset: 0 });
    expect(hits.map((h) => number(h.slug))).toEqual(Array.from({ length: 100 }, (_, i) => i * 10));
    const page3 = many.search({ query: 'market', limit: 10, offset: 20 }).hits;
    expect(page3).toEqual(hits.slice(20, 30));
  });

  it('ranks a selective word by bm25 (headline over body), and a broad word alongside does not change that', () => {
    for (const query of ['zephyr', 'zephyr market']) {
      expect(
        many.search({ query, limit: 10, offset: 0 }).hits.map((h) => h.slug),
        query,
      ).toEqual(['story-7', 'story-5']);
    }
  });

  it('finds an old story by its own word, whatever the window of a broad word alone', () => {
    expect(many.search({ query: 'quokka market', limit: 10, offset: 0 }).hits.map((h) => h.slug)).toEqual([
      'story-1400',
    ]);
  });

  it('filters by section and tag inside the index; a query word never matches a filter token', () => {
    const odd = many.search({ query: 'ledger', tag: 'odd', section: 'ports', sort: 'date', limit: 1000, offset: 0 });
    expect(odd.total).toBe(250);
    expect(odd.hits.every((h) => h.sectionSlug === 'ports' && number(h.slug) % 2 === 1)).toBe(true);
    expect(many.search({ query: 'ledger', tag: 'no-such-tag', limit: 10, offset: 0 }).total).toBe(0);
    // The first filter token (section "ports", 500 stories) is a private-use character and 0: reader text keeps the 0.
    expect(many.search({ query: '\ue0000', limit: 10, offset: 0 }).hits.map((h) => h.slug)).toEqual(['story-0']);
  });

  it('suggests among the newest matching headlines, best first', () => {
    const suggestions = many.suggest('mar');
    expect(suggestions).toHaveLength(6);
    expect(suggestions.every((s) => s.title.startsWith('Market story'))).toBe(true);
    expect(many.suggest('zeph').map((s) => s.slug)).toEqual(['story-7']);
  });

  it('refuses documents that are not newest first, since rowid order stands for date order', () => {
    expect(() => new SearchIndex([stories[1]!, stories[0]!], () => '')).toThrow(/newest first/);
  });
});
