import { revalidateTag } from 'next/cache';
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
 */
export async function expireTags(tags: readonly string[]): Promise<void> {
  await expireOnce(tags);
  await new Promise((resolve) => setTimeout(resolve, IN_FLIGHT_RENDER_MS));
  await expireOnce(tags);
}

async function expireOnce(tags: readonly string[]): Promise<void> {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  if (process.env.REDIS_URL) {
    await expireSharedTags(tags).catch((error: Error) =>
      console.error(`Shared cache tags not expired before the edge purge: ${error.message}`),
    );
  }
  await purgeEdge(tags);
}
