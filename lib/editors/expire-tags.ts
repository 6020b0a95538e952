import { revalidateTag } from 'next/cache';
import { CACHE_TAGS } from '../cache-tags';
import { expireSharedTags } from '../cluster/expire-shared-tags';
import { purgeEdge } from '../edge/purge-edge';

/** Longer than a page render takes on a busy server; renders begun before the edit have been stored by then. */
const IN_FLIGHT_RENDER_MS = 2000;

/**
 * Expires the tags now and once more when renders already in flight have finished. Next stamps a cache entry when it
 * is stored, so a background regeneration that began before the edit (with the old content) and is stored after the
 * first call would otherwise count as fresh and serve the old text until its next revalidation. Each time, the edge
 * caches (Varnish, EDGE_PURGE_URLS) drop the pages carrying these tags, after the shared cache has expired them so
 * that what they fetch next is rendered from the new content.
 *
 * A live story's polled JSON is `'use cache'` data, which Next stamps when its render starts: the first pass covers
 * it, and a second would cost one more render per update while readers poll. With a shared cache its tags are
 * expired there alone: Next applies this process's `revalidateTag` when the request's handler returns, after the
 * second pass, which would expire the JSON rendered between the passes all the same.
 */
export async function expireTags(tags: readonly string[]): Promise<void> {
  await expireOnce(tags, liveFeedTags(tags));
  await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_RENDER_MS));
  await expireOnce(tags, []);
}

async function expireOnce(tags: readonly string[], liveTags: readonly string[]): Promise<void> {
  const shared = Boolean(process.env.REDIS_URL);
  for (const tag of shared ? tags : [...tags, ...liveTags]) revalidateTag(tag, { expire: 0 });
  if (shared) {
    await expireSharedTags([...tags, ...liveTags]).catch((error: Error) =>
      console.error(`Shared cache tags not expired before the edge purge: ${error.message}`),
    );
  }
  await purgeEdge(tags);
}

const ARTICLE_TAG = CACHE_TAGS.article('');

function liveFeedTags(tags: readonly string[]): string[] {
  return tags.flatMap((tag) =>
    tag.startsWith(ARTICLE_TAG) ? [CACHE_TAGS.liveFeed(tag.slice(ARTICLE_TAG.length))] : [],
  );
}
