import { describe, expect, it } from 'vitest';
import { rankRelated, withoutRepeats } from './related';
import type { ArticleMeta } from './types';

function meta(slug: string, tagSlugs: string[], publishedAt: string, sectionSlug = 'business'): ArticleMeta {
  return {
    slug,
    title: slug,
    dek: slug,
    sectionSlug,
    tagSlugs,
    authorSlugs: ['a'],
    publishedAt,
    updatedAt: publishedAt,
    status: 'published',
    priority: null,
    redirectFrom: [],
    sourcePath: `/tmp/${slug}.md`,
    hero: { src: '/images/x.webp', alt: 'alt text', caption: 'c', credit: 'c', width: 1, height: 1 },
  };
}

const newestFirst = (list: ArticleMeta[]) =>
  [...list].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));

/** The definition, spelled out: every candidate scored, sorted, then the same section's newest. */
function rankByDefinition(article: ArticleMeta, candidates: ArticleMeta[], limit: number): string[] {
  const tags = new Set(article.tagSlugs);
  const others = candidates
    .map((other, position) => ({ other, position, shared: new Set(other.tagSlugs.filter((t) => tags.has(t))).size }))
    .filter(({ other }) => other.slug !== article.slug);
  const byTags = others.filter((o) => o.shared > 0).sort((a, b) => b.shared - a.shared || a.position - b.position);
  const sameSection = others.filter((o) => o.shared === 0 && o.other.sectionSlug === article.sectionSlug);
  return [...byTags, ...sameSection].slice(0, limit).map(({ other }) => other.slug);
}

describe('rankRelated', () => {
  const subject = meta('subject', ['bonds', 'energy', 'tax'], '2026-11-10T00:00:00Z');
  const candidates = newestFirst([
    subject,
    meta('one-shared-new', ['bonds'], '2026-11-09T00:00:00Z', 'markets'),
    meta('two-shared-old', ['bonds', 'energy'], '2026-10-01T00:00:00Z', 'markets'),
    meta('three-shared', ['bonds', 'energy', 'tax'], '2026-09-01T00:00:00Z', 'policy'),
    meta('one-shared-old', ['tax'], '2026-10-02T00:00:00Z', 'world'),
    meta('same-section-only', ['retail'], '2026-11-08T00:00:00Z'),
    meta('unrelated', ['retail'], '2026-11-09T12:00:00Z', 'world'),
  ]);

  it('ranks by shared tags, then recency, and never includes the article itself', () => {
    expect(rankRelated(subject, candidates, 4).map((a) => a.slug)).toEqual([
      'three-shared',
      'two-shared-old',
      'one-shared-new',
      'one-shared-old',
    ]);
  });

  it('fills with the newest stories of the same section when too few share a tag', () => {
    expect(rankRelated(subject, candidates, 6).map((a) => a.slug)).toEqual([
      'three-shared',
      'two-shared-old',
      'one-shared-new',
      'one-shared-old',
      'same-section-only',
    ]);
  });

  it('ranks a story sharing two topics above newer ones sharing only the most common topic', () => {
    const article = meta('article', ['common', 'rare'], '2026-11-10T00:00:00Z');
    const archive = newestFirst([
      article,
      ...Array.from({ length: 50 }, (_, i) =>
        meta(`common-${i}`, ['common'], `2026-11-0${1 + (i % 9)}T${String(i % 24).padStart(2, '0')}:00:00Z`, 'world'),
      ),
      meta('both-old', ['rare', 'common'], '2020-01-01T00:00:00Z', 'world'),
      meta('rare-old', ['rare'], '2021-01-01T00:00:00Z', 'world'),
    ]);
    const ranked = rankRelated(article, archive, 5).map((a) => a.slug);
    expect(ranked[0]).toBe('both-old');
    expect(ranked).not.toContain('rare-old');
    expect(ranked.slice(1)).toEqual(
      archive
        .filter((a) => a.tagSlugs.join() === 'common')
        .slice(0, 4)
        .map((a) => a.slug),
    );
  });

  it('agrees with the definition on a generated archive with a few very common topics', () => {
    let state = 7;
    const random = (n: number) => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n;
    // Topic i is drawn about 1/(i+1) of the time, as in the generated corpus: 2 to 4 distinct topics a story.
    const topic = () => `topic-${Math.floor(12 / (1 + random(12))) - 1}`;
    const topics = () => {
      const picked = new Set<string>();
      for (let wanted = 2 + random(3); picked.size < wanted;) picked.add(topic());
      return [...picked];
    };
    const sections = ['business', 'world', 'markets'];
    const archive = newestFirst(
      Array.from({ length: 2000 }, (_, i) =>
        meta(
          `story-${i}`,
          topics(),
          new Date(Date.UTC(2026, 0, 1) + random(1000) * 3_600_000).toISOString(),
          sections[random(3)],
        ),
      ),
    );
    for (const article of archive.filter((_, i) => i % 97 === 0)) {
      for (const limit of [1, 5, 12])
        expect(rankRelated(article, archive, limit).map((a) => a.slug)).toEqual(
          rankByDefinition(article, archive, limit),
        );
    }
    const outsider = meta('draft-preview', ['topic-0', 'topic-9'], '2027-01-01T00:00:00Z', 'world');
    expect(rankRelated(outsider, archive, 5).map((a) => a.slug)).toEqual(rankByDefinition(outsider, archive, 5));
  });
});

describe('withoutRepeats', () => {
  const stories = (...slugs: string[]) => slugs.map((slug) => ({ slug }));
  const slugsOf = (lists: readonly { slug: string }[][]) => lists.map((list) => list.map((s) => s.slug));

  it('drops the story itself and whatever an earlier list shows, keeping each list full', () => {
    const related = stories('own', 'a', 'b', 'c');
    const latest = stories('own', 'b', 'd', 'a', 'e', 'f', 'g');
    expect(
      slugsOf(
        withoutRepeats('own', [
          { items: related, limit: 2 },
          { items: latest, limit: 3 },
        ]),
      ),
    ).toEqual([
      ['a', 'b'],
      ['d', 'e', 'f'],
    ]);
  });

  it('never shows a story twice, even when a list repeats itself or runs short', () => {
    const lists = withoutRepeats('own', [
      { items: stories('a', 'a', 'b'), limit: 5 },
      { items: stories('b', 'a', 'own'), limit: 5 },
    ]);
    expect(slugsOf(lists)).toEqual([['a', 'b'], []]);
  });
});
