import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../content/types';
import { rankEditorially } from './editorial-ranking';

const now = Date.parse('2026-11-28T12:00:00Z');
function meta(slug: string, sectionSlug: string, daysAgo: number, priority: number | null = null): ArticleMeta {
  const publishedAt = new Date(now - daysAgo * 86_400_000).toISOString();
  return {
    slug,
    title: slug,
    dek: slug,
    sectionSlug,
    tagSlugs: [],
    authorSlugs: [],
    publishedAt,
    updatedAt: publishedAt,
    status: 'published',
    priority,
    redirectFrom: [],
    sourcePath: '',
    hero: { src: '', alt: '', caption: '', credit: '', width: 1, height: 1 },
  };
}

describe('rankEditorially', () => {
  const newestFirst = [
    meta('m1', 'markets', 0.1),
    meta('m2', 'markets', 0.2),
    meta('m3', 'markets', 0.3),
    meta('b1', 'business', 0.5),
    meta('lead', 'policy', 1, 1),
    meta('w1', 'world', 2),
    meta('old', 'world', 30),
  ];

  it('puts prioritised stories first, then the newest, at most two per section, within the week', () => {
    expect(rankEditorially(newestFirst, now, 5).map((a) => a.slug)).toEqual(['lead', 'm1', 'm2', 'b1', 'w1']);
  });

  it('reaches back past the week when the week has too few stories', () => {
    expect(rankEditorially(newestFirst, now, 7).map((a) => a.slug)).toContain('old');
  });
});
