import { getContentSnapshot } from './content-store';
import { isPublic } from './visibility';

/** The current slug of a public article that used to live at `oldSlug` (front matter `redirectFrom`), if any. */
export function currentSlugFor(oldSlug: string, now: number = Date.now()): string | null {
  const article = getContentSnapshot().articles.find((a) => a.redirectFrom.includes(oldSlug) && isPublic(a, now));
  return article?.slug ?? null;
}
