import type { ArticleMeta } from '../content/types';

export interface ReadershipRanking {
  items: ArticleMeta[];
  /** How many of the first items are ranked by measured views. */
  measured: number;
}

/**
 * Most unique views first among the public articles (newer first on a tie), counting only articles with at
 * least `minViews` in the window, so a handful of views does not pass for popularity; the rest of the list is
 * filled from the editorial ranking, in its order, without repeats.
 */
export function rankByReadership(
  counts: ReadonlyMap<string, number>,
  publicNewestFirst: readonly ArticleMeta[],
  editorial: readonly ArticleMeta[],
  limit: number,
  minViews: number,
): ReadershipRanking {
  const measured = publicNewestFirst
    .map((article, age) => ({ article, age, views: counts.get(article.slug) ?? 0 }))
    .filter((entry) => entry.views >= minViews)
    .sort((a, b) => b.views - a.views || a.age - b.age)
    .slice(0, limit)
    .map((entry) => entry.article);
  const picked = new Set(measured.map((a) => a.slug));
  const fill = editorial.filter((a) => !picked.has(a.slug)).slice(0, limit - measured.length);
  return { items: [...measured, ...fill], measured: measured.length };
}
