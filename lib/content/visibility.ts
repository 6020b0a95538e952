import type { ArticleMeta } from './types';

/** Public means published and due: drafts and scheduled stories stay out of every public list. */
export function isPublic(article: Pick<ArticleMeta, 'status' | 'publishedAt'>, now: number): boolean {
  return article.status === 'published' && Date.parse(article.publishedAt) <= now;
}

/** When the next scheduled story goes live (ms since the epoch), or null when none is scheduled. */
export function nextPublicationAt(articles: readonly ArticleMeta[], now: number): number | null {
  let next = Infinity;
  for (const article of articles) {
    const at = Date.parse(article.publishedAt);
    if (article.status === 'published' && at > now && at < next) next = at;
  }
  return next === Infinity ? null : next;
}

/** Seconds until the next scheduled story goes live, so cached lists expire exactly then. */
export function secondsUntilNextPublication(articles: readonly ArticleMeta[], now: number): number | null {
  const next = nextPublicationAt(articles, now);
  return next === null ? null : Math.max(1, Math.ceil((next - now) / 1000));
}
