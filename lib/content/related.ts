import { articleIndex, positionsOf } from './article-index';
import { bitsOf, countedAtLeast, eachPosition, wordsFor } from './position-bits';
import type { ArticleMeta } from './types';

/**
 * Related stories: ranked by shared tags, then recency; never the article itself. When too few share a tag,
 * the newest stories of the same section fill the block, so it is never empty on a well-tagged site.
 * `candidates` are newest first (as publicArticles lists them). Counted on bits (position-bits.ts), not story by
 * story: a common topic holds a third of 100,000 stories, and a pass over the article's topics in a map took
 * milliseconds per never-rendered article.
 */
export function rankRelated(article: ArticleMeta, candidates: readonly ArticleMeta[], limit: number): ArticleMeta[] {
  const { byTag, bySection } = articleIndex(candidates);
  const words = wordsFor(candidates.length);
  const topics = [...new Set(article.tagSlugs)].map((tag) => bitsOf(positionsOf(byTag, tag), words));
  const atLeast = countedAtLeast(topics, words);
  const related: ArticleMeta[] = [];
  const take = (position: number) => {
    const candidate = candidates[position]!;
    if (candidate.slug !== article.slug) related.push(candidate);
    return related.length < limit;
  };
  // Most topics shared first; within a count, bits come out ascending, which is newest first.
  for (let level = atLeast.length - 1; level >= 0 && related.length < limit; level--) {
    eachPosition(atLeast[level]!, atLeast[level + 1] ?? null, take);
  }
  const sharingAny = atLeast[0] ?? null;
  for (const position of positionsOf(bySection, article.sectionSlug)) {
    if (related.length >= limit) break;
    if (sharingAny === null || (sharingAny[position >>> 5]! & (1 << (position & 31))) === 0) take(position);
  }
  return related;
}

/**
 * Lists shown together below a story, each cut to its limit, with no story twice: never the story itself, and
 * never one an earlier list already shows. Fetch each list a little longer than its limit so it stays full.
 */
export function withoutRepeats<const L extends readonly StoryList[]>(ownSlug: string, lists: L): KeptLists<L> {
  const shown = new Set([ownSlug]);
  return lists.map(({ items, limit }) => {
    const kept: { slug: string }[] = [];
    for (const item of items) {
      if (kept.length >= limit) break;
      if (shown.has(item.slug)) continue;
      shown.add(item.slug);
      kept.push(item);
    }
    return kept;
  }) as KeptLists<L>;
}

interface StoryList {
  items: readonly { slug: string }[];
  limit: number;
}

/** One list of the same item type per list given. */
type KeptLists<L extends readonly StoryList[]> = { -readonly [K in keyof L]: L[K]['items'][number][] };
