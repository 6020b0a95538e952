import { getContentSnapshot } from './content-store';
import type { ContentSnapshot } from './load-content';
import type { ArticleMeta } from './types';
import { isPublic } from './visibility';

// The proxy asks on every article request: one index per snapshot instead of a scan of the archive.
const indexes = new WeakMap<ContentSnapshot, Map<string, ArticleMeta[]>>();

/** The current slug of a public article that used to live at `oldSlug` (front matter `redirectFrom`), if any. */
export function currentSlugFor(oldSlug: string, now: number = Date.now()): string | null {
  const snapshot = getContentSnapshot();
  let index = indexes.get(snapshot);
  if (!index) {
    index = new Map();
    for (const article of snapshot.articles)
      for (const old of article.redirectFrom) index.set(old, [...(index.get(old) ?? []), article]);
    indexes.set(snapshot, index);
  }
  return index.get(oldSlug)?.find((a) => isPublic(a, now))?.slug ?? null;
}
