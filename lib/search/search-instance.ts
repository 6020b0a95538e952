import { getContentSnapshot } from '../content/content-store';
import type { ContentSnapshot } from '../content/load-content';
import { nextPublicationAfter } from '../content/public-articles';
import { secondsUntilNextPublication } from '../content/visibility';
import { publicSearchDocuments, searchBodyReader } from './search-documents';
import { SearchIndex } from './search-index';

interface Built {
  snapshot: ContentSnapshot;
  index: SearchIndex;
  /** When the next scheduled story becomes due, and the index must take it in. */
  staleAt: number;
}

// On globalThis so route handlers and pages, bundled separately, share one index.
const KEY = Symbol.for('meridian.search-index');
const holder = globalThis as typeof globalThis & { [KEY]?: Built };

/**
 * The index of the current public content. Rebuilt lazily when the content snapshot changes (an editor's
 * revalidation reloads it) or when a scheduled story has become due since the last build; otherwise free.
 */
export function getSearchIndex(now: number): SearchIndex {
  const snapshot = getContentSnapshot();
  const built = holder[KEY];
  if (built && built.snapshot === snapshot && now < built.staleAt) return built.index;
  const index = new SearchIndex(publicSearchDocuments(snapshot, now), searchBodyReader(snapshot));
  const wait = secondsUntilNextPublication(nextPublicationAfter(snapshot, now), now);
  built?.index.close();
  holder[KEY] = { snapshot, index, staleAt: wait === null ? Infinity : now + wait * 1000 };
  return index;
}
