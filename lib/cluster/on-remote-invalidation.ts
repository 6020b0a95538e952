import { reloadContent } from '../content/content-store';

/** Sent by the instance that received `POST /api/revalidate`, to every instance (itself included). */
export interface ContentInvalidation {
  id: string;
  /** The sending process (see `instanceId()`). */
  origin: string;
  /** The cache tags the sender invalidates once every instance has acknowledged this message. */
  tags: string[];
}

/**
 * Everything an instance does when content changed elsewhere: re-read the content folder (a folder with
 * problems is not taken, the last good snapshot stays). It runs before the sender invalidates the shared
 * cache tags (the sender waits for every instance's acknowledgement), so no instance re-renders an
 * invalidated page from its old snapshot. The sender itself has already reloaded.
 * Also called after a lost Redis connection is back, since messages sent meanwhile were missed.
 */
export function onRemoteInvalidation(message: ContentInvalidation, fromThisInstance: boolean): void {
  if (fromThisInstance) return;
  const { applied, snapshot } = reloadContent();
  console.log(
    `Content ${applied ? 'reloaded' : 'kept (the new folder has problems)'} for invalidation ${message.id}: ${snapshot.articles.length} articles`,
  );
}
