import type { ArticleMeta } from './types';

/** Public means published and due: drafts and scheduled stories stay out of every public list. */
export function isPublic(article: Pick<ArticleMeta, 'status' | 'publishedAt'>, now: number): boolean {
  return article.status === 'published' && Date.parse(article.publishedAt) <= now;
}

/**
 * Seconds until the next scheduled story goes live (`nextPublicationAt`, epoch ms, from public-articles.ts), rounded
 * up and at least 1, so cached lists expire exactly then; null when none is scheduled.
 */
export function secondsUntilNextPublication(nextPublicationAt: number | null, now: number): number | null {
  return nextPublicationAt === null ? null : Math.max(1, Math.ceil((nextPublicationAt - now) / 1000));
}
