import type { ArticleMeta } from './types';

/**
 * Where each section's, topic's and author's stories sit in a list of articles (newest first): ascending
 * positions, so each list is newest first too. Built once per list (public-articles.ts makes one per snapshot and
 * per publication): at 100,000 stories a filter of the whole archive per list page or per related block costs
 * tens of milliseconds, a lookup here nothing.
 */
export interface ArticleIndex {
  bySection: ReadonlyMap<string, Int32Array>;
  byTag: ReadonlyMap<string, Int32Array>;
  byAuthor: ReadonlyMap<string, Int32Array>;
}

const indexes = new WeakMap<readonly ArticleMeta[], ArticleIndex>();
const NONE = new Int32Array(0);

export function articleIndex(articles: readonly ArticleMeta[]): ArticleIndex {
  let index = indexes.get(articles);
  if (!index) {
    const bySection = new Map<string, number[]>();
    const byTag = new Map<string, number[]>();
    const byAuthor = new Map<string, number[]>();
    const add = (lists: Map<string, number[]>, key: string, position: number) => {
      const list = lists.get(key);
      // A slug listed twice in one article still places it once.
      if (!list) lists.set(key, [position]);
      else if (list.at(-1) !== position) list.push(position);
    };
    articles.forEach((article, position) => {
      add(bySection, article.sectionSlug, position);
      for (const tag of article.tagSlugs) add(byTag, tag, position);
      for (const author of article.authorSlugs) add(byAuthor, author, position);
    });
    index = { bySection: packed(bySection), byTag: packed(byTag), byAuthor: packed(byAuthor) };
    indexes.set(articles, index);
  }
  return index;
}

/** The positions listed under `key`, none when it has no story. */
export function positionsOf(lists: ReadonlyMap<string, Int32Array>, key: string): Int32Array {
  return lists.get(key) ?? NONE;
}

// Typed arrays: 4 bytes per entry, where an array of numbers takes 8.
function packed(lists: Map<string, number[]>): Map<string, Int32Array> {
  return new Map([...lists].map(([key, positions]) => [key, Int32Array.from(positions)]));
}
