import { articleIndex, holds, positionsOf } from './article-index';
import type { ArticleMeta } from './types';

/**
 * Related stories: ranked by shared tags, then recency; never the article itself. When too few share a tag,
 * the newest stories of the same section fill the block, so it is never empty on a well-tagged site.
 * `candidates` are newest first (as publicArticles lists them). Read from the topic index, not a pass over the
 * archive: a common topic holds a third of 100,000 stories, so only the article's smaller topics are walked
 * (a story sharing two topics or more is in one of them) and the largest is only searched and read from its
 * newest end.
 */
export function rankRelated(article: ArticleMeta, candidates: readonly ArticleMeta[], limit: number): ArticleMeta[] {
  const { byTag, bySection } = articleIndex(candidates);
  const isSelf = (position: number) => candidates[position]!.slug === article.slug;
  const lists = [...new Set(article.tagSlugs)].map((tag) => positionsOf(byTag, tag)).sort((a, b) => a.length - b.length);
  const largest = lists.pop() ?? new Int32Array(0);
  const shared = new Map<number, number>();
  for (const list of lists) for (const position of list) shared.set(position, (shared.get(position) ?? 0) + 1);

  const byTags = new TopList<{ position: number; shared: number }>(limit, (a, b) => b.shared - a.shared || a.position - b.position);
  for (const [position, count] of shared) {
    if (!isSelf(position)) byTags.offer({ position, shared: count + (holds(largest, position) ? 1 : 0) });
  }
  // The rest of the largest topic shares one tag: newest first, so the first one refused ends the walk.
  for (const position of largest) {
    if (shared.has(position) || isSelf(position)) continue;
    if (!byTags.offer({ position, shared: 1 })) break;
  }

  const related = byTags.items.map(({ position }) => candidates[position]!);
  for (const position of positionsOf(bySection, article.sectionSlug)) {
    if (related.length >= limit) break;
    if (!isSelf(position) && !shared.has(position) && !holds(largest, position)) related.push(candidates[position]!);
  }
  return related;
}

/** The first `limit` items in `order`, kept while items are offered one by one (ties keep offering order). */
class TopList<T> {
  readonly items: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly order: (a: T, b: T) => number,
  ) {}

  /** False when the item does not make the list. */
  offer(item: T): boolean {
    if (this.items.length === this.limit && this.order(item, this.items[this.limit - 1]!) >= 0) return false;
    let at = this.items.length;
    while (at > 0 && this.order(item, this.items[at - 1]!) < 0) at--;
    this.items.splice(at, 0, item);
    if (this.items.length > this.limit) this.items.pop();
    return true;
  }
}
