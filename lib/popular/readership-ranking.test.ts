import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../content/types';
import { rankByReadership } from './readership-ranking';

function meta(slug: string): ArticleMeta {
  return {
    slug,
    title: slug,
    dek: slug,
    sectionSlug: 's',
    tagSlugs: [],
    authorSlugs: [],
    publishedAt: '2026-11-28T00:00:00Z',
    updatedAt: '2026-11-28T00:00:00Z',
    status: 'published',
    priority: null,
    redirectFrom: [],
    sourcePath: '',
    hero: { src: '', alt: '', caption: '', credit: '', width: 1, height: 1 },
  };
}
const newestFirst = ['a', 'b', 'c', 'd', 'e'].map(meta);
const editorial = ['e', 'c', 'a'].map(meta);
const slugs = (r: { items: ArticleMeta[] }) => r.items.map((a) => a.slug);

describe('rankByReadership', () => {
  it('ranks by unique views, newer first on a tie, and tops up from the editors without repeats', () => {
    const ranking = rankByReadership(
      new Map([
        ['d', 5],
        ['b', 9],
        ['c', 5],
        ['a', 1],
      ]),
      newestFirst,
      editorial,
      5,
      3,
    );
    expect(slugs(ranking)).toEqual(['b', 'c', 'd', 'e', 'a']);
    expect(ranking.measured).toBe(3);
  });

  it('counts published articles only', () => {
    const ranking = rankByReadership(
      new Map([
        ['withdrawn-draft', 50],
        ['a', 3],
      ]),
      newestFirst,
      editorial,
      2,
      3,
    );
    expect(slugs(ranking)).toEqual(['a', 'e']);
  });

  it('falls back to the editors entirely below the minimum, and needs none when readership fills the list', () => {
    expect(rankByReadership(new Map([['a', 2]]), newestFirst, editorial, 3, 3)).toEqual({
      items: editorial,
      measured: 0,
    });
    const full = rankByReadership(
      new Map([
        ['a', 4],
        ['b', 3],
      ]),
      newestFirst,
      editorial,
      2,
      3,
    );
    expect(full.measured).toBe(2);
    expect(slugs(full)).toEqual(['a', 'b']);
  });
});
