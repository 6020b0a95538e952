import { announceContentReload, type ReloadAnnouncement } from '../cluster/content-invalidations';
import { getContentSnapshot, reloadContent } from '../content/content-store';
import type { ContentSnapshot } from '../content/load-content';
import type { ContentProblem } from '../content/types';
import { expireTags } from './expire-tags';
import { tagsToRevalidate, type RevalidateRequest } from './revalidate';

export type RefreshResult =
  /** The folder has problems: the last good content stays live. */
  | { outcome: 'rejected'; problems: ContentProblem[] }
  /** This instance reloaded, but Redis could not tell the others: the caller should try again. */
  | { outcome: 'unannounced'; problems: ContentProblem[] }
  | {
      outcome: 'refreshed';
      tags: string[];
      unknownSlugs: string[];
      problems: ContentProblem[];
      instances: ReloadAnnouncement | null;
    };

/**
 * After an edit of data/: re-reads the folder, has every instance reload it (Redis, decision 5), then expires the
 * touched cache tags in this process, the shared cache and the edge, so the next request anywhere shows the edit.
 */
export async function refreshContent(request: RevalidateRequest): Promise<RefreshResult> {
  const refresh = await refreshTags((before, after) => tagsToRevalidate(request, before, after));
  if (refresh.outcome !== 'refreshed') return refresh;
  const { before, after, tags, problems, instances } = refresh;
  const known = (slug: string) => [before, after].some((s) => s.articles.some((a) => a.slug === slug));
  const unknownSlugs = 'slugs' in request ? request.slugs.filter((slug) => !known(slug)) : [];
  return { outcome: 'refreshed', tags, unknownSlugs, problems, instances };
}

export type TagRefresh =
  | Exclude<RefreshResult, { outcome: 'refreshed' }>
  | {
      outcome: 'refreshed';
      tags: string[];
      problems: ContentProblem[];
      instances: ReloadAnnouncement | null;
      before: ContentSnapshot;
      after: ContentSnapshot;
    };

/** The same steps with the tags chosen by the caller (the live desk expires only its story's, decision 017). */
export async function refreshTags(
  tagsFor: (before: ContentSnapshot, after: ContentSnapshot) => string[],
): Promise<TagRefresh> {
  const before = getContentSnapshot();
  const reload = reloadContent();
  if (!reload.applied) return { outcome: 'rejected', problems: reload.problems };
  const tags = tagsFor(before, reload.snapshot);
  let instances: ReloadAnnouncement | null = null;
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl) {
    try {
      instances = await announceContentReload(redisUrl, tags);
    } catch (error) {
      console.error(`Revalidation not sent to the other instances: ${(error as Error).message}`);
      return { outcome: 'unannounced', problems: reload.problems };
    }
  }
  await expireTags(tags);
  console.log(`Revalidated ${tags.length} tag(s): ${tags.join(', ')}`);
  return { outcome: 'refreshed', tags, problems: reload.problems, instances, before, after: reload.snapshot };
}
