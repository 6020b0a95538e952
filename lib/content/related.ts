import type { ArticleMeta } from './types';

const newestFirst = (a: ArticleMeta, b: ArticleMeta) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt);

/**
 * Related stories: ranked by shared tags, then recency; never the article itself. When too few share a tag,
 * the newest stories of the same section fill the block, so it is never empty on a well-tagged site.
 */
export function rankRelated(article: ArticleMeta, candidates: readonly ArticleMeta[], limit: number): ArticleMeta[] {
  const tags = new Set(article.tagSlugs);
  const others = candidates.filter((other) => other.slug !== article.slug);
  const sharedCount = (other: ArticleMeta) => other.tagSlugs.filter((tag) => tags.has(tag)).length;
  const byTags = others
    .map((other) => ({ other, shared: sharedCount(other) }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || newestFirst(a.other, b.other))
    .map(({ other }) => other);
  if (byTags.length >= limit) return byTags.slice(0, limit);
  const chosen = new Set(byTags.map((a) => a.slug));
  const sameSection = others
    .filter((other) => other.sectionSlug === article.sectionSlug && !chosen.has(other.slug))
    .sort(newestFirst);
  return [...byTags, ...sameSection].slice(0, limit);
}
