import type { ArticleMeta } from './types';

/** Newer first; publishedAt is normalised ISO text, so text order is time order. */
const newerFirst = (a: ArticleMeta, b: ArticleMeta) => (a.publishedAt > b.publishedAt ? -1 : a.publishedAt < b.publishedAt ? 1 : 0);

/**
 * Related stories: ranked by shared tags, then recency; never the article itself. When too few share a tag,
 * the newest stories of the same section fill the block, so it is never empty on a well-tagged site.
 * One pass keeping the best few (not a sort of every match): a common tag matches tens of thousands of stories.
 */
export function rankRelated(article: ArticleMeta, candidates: readonly ArticleMeta[], limit: number): ArticleMeta[] {
  const tags = new Set(article.tagSlugs);
  const byTags = new TopList<{ other: ArticleMeta; shared: number }>(limit, (a, b) => b.shared - a.shared || newerFirst(a.other, b.other));
  const sameSection = new TopList<ArticleMeta>(limit, newerFirst);
  for (const other of candidates) {
    if (other.slug === article.slug) continue;
    const shared = other.tagSlugs.reduce((count, tag) => count + (tags.has(tag) ? 1 : 0), 0);
    if (shared > 0) byTags.offer({ other, shared });
    else if (other.sectionSlug === article.sectionSlug) sameSection.offer(other);
  }
  return [...byTags.items.map(({ other }) => other), ...sameSection.items].slice(0, limit);
}

/** The first `limit` items in `order`, kept while items are offered one by one (ties keep offering order). */
class TopList<T> {
  readonly items: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly order: (a: T, b: T) => number,
  ) {}

  offer(item: T) {
    if (this.items.length === this.limit && this.order(item, this.items[this.limit - 1]!) >= 0) return;
    let at = this.items.length;
    while (at > 0 && this.order(item, this.items[at - 1]!) < 0) at--;
    this.items.splice(at, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }
}
