import { sourceHash, visitorHash } from './visitor-hash';
import { readViewConfig } from './view-config';
import { dayOf, type ViewStore } from './view-store';

/**
 * Counts a reader's view unless they already read the article today, and counts at most `readersPerAddress`
 * readers (address and user agent) of one address per article per day: beyond that budget an address counts as
 * one reader whatever user agents it sends. The address and user agent are used only to compute the day's
 * hashes here and are never passed to the store.
 */
export async function recordView(
  store: ViewStore,
  reader: { address: string; userAgent: string },
  slug: string,
  now: number,
  readersPerAddress: number = readViewConfig().readersPerAddress,
): Promise<boolean> {
  const salt = await store.saltFor(dayOf(now));
  return store.recordView({
    slug,
    visitor: visitorHash(salt, reader.address, reader.userAgent, slug),
    source: sourceHash(salt, reader.address, slug),
    perSource: readersPerAddress,
    at: now,
  });
}
