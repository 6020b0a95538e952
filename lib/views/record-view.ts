import { visitorHash } from './visitor-hash';
import { dayOf, type ViewStore } from './view-store';

/**
 * Counts a reader's view unless they already read the article today. The address and user agent are used
 * only to compute the day's visitor hash here and are never passed to the store.
 */
export async function recordView(store: ViewStore, reader: { address: string; userAgent: string }, slug: string, now: number): Promise<boolean> {
  const salt = await store.saltFor(dayOf(now));
  return store.recordView({ slug, visitor: visitorHash(salt, reader.address, reader.userAgent, slug), at: now });
}
