import { getContentSnapshot } from '../content/content-store';
import type { ArticleMeta } from '../content/types';
import { isPublic } from '../content/visibility';

// One slug index per content snapshot, so checking a beacon's slug costs a map lookup, not a list scan.
const indexes = new WeakMap<object, Map<string, ArticleMeta>>();

/** Whether the slug names a published article that is due now: the only ones a beacon may count. */
export function isPublicSlug(slug: string, now: number): boolean {
  const snapshot = getContentSnapshot();
  let index = indexes.get(snapshot);
  if (!index) {
    index = new Map(snapshot.articles.map((a) => [a.slug, a]));
    indexes.set(snapshot, index);
  }
  const article = index.get(slug);
  return article !== undefined && isPublic(article, now);
}
