import { describe, expect, it } from 'vitest';
import { rankRelated } from './related';
import type { ArticleMeta } from './types';

function meta(slug: string, tagSlugs: string[], publishedAt: string, sectionSlug = 'business'): ArticleMeta {
  return {
    slug, title: slug, dek: slug, sectionSlug, tagSlugs, authorSlugs: ['a'], publishedAt, updatedAt: publishedAt,
    status: 'published', priority: null, redirectFrom: [], sourcePath: `/tmp/${slug}.md`,
    hero: { src: '/images/x.webp', alt: 'alt text', caption: 'c', credit: 'c', width: 1, height: 1 },
  };
}

describe('rankRelated', () => {
  const subject = meta('subject', ['bonds', 'energy', 'tax'], '2026-11-10T00:00:00Z');
  const candidates = [
    subject,
    meta('one-shared-new', ['bonds'], '2026-11-09T00:00:00Z', 'markets'),
    meta('two-shared-old', ['bonds', 'energy'], '2026-10-01T00:00:00Z', 'markets'),
    meta('three-shared', ['bonds', 'energy', 'tax'], '2026-09-01T00:00:00Z', 'policy'),
    meta('one-shared-old', ['tax'], '2026-10-02T00:00:00Z', 'world'),
    meta('same-section-only', ['retail'], '2026-11-08T00:00:00Z'),
    meta('unrelated', ['retail'], '2026-11-09T12:00:00Z', 'world'),
  ];

  it('ranks by shared tags, then recency, and never includes the article itself', () => {
    expect(rankRelated(subject, candidates, 4).map((a) => a.slug)).toEqual(['three-shared', 'two-shared-old', 'one-shared-new', 'one-shared-old']);
  });

  it('fills with the newest stories of the same section when too few share a tag', () => {
    expect(rankRelated(subject, candidates, 6).map((a) => a.slug)).toEqual([
      'three-shared', 'two-shared-old', 'one-shared-new', 'one-shared-old', 'same-section-only',
    ]);
  });
});
