import { CACHE_TAGS } from '@/lib/cache-tags';
import { contentDir } from '@/lib/content/content-dir';
import { recordAudit, type DeskActor } from '@/lib/editors/accounts/desk';
import { refreshTags } from '../refresh-content';
import { changeLiveStory, LIVE_ACTIONS, type LiveAction } from './live-desk';

/** Where the browser goes next (303), or a refusal to answer as it is. */
export type LiveFormAnswer = { location: string } | { status: number; title: string; message: string };

/**
 * The live desk's form post: the change, then the site refreshed for the live page alone (its tag also marks the
 * homepage while it shows the story's teaser); ending coverage also refreshes the lists and sitemaps.
 */
export async function submitLiveForm(slug: string, form: URLSearchParams, actor: DeskActor): Promise<LiveFormAnswer> {
  const action = form.get('action') ?? '';
  if (!(LIVE_ACTIONS as readonly string[]).includes(action))
    return { status: 400, title: 'Unknown action', message: `Choose one of: ${LIVE_ACTIONS.join(', ')}.` };
  const outcome = await changeLiveStory({
    dir: contentDir(),
    actor,
    slug,
    action: action as LiveAction,
    id: form.get('id') ?? '',
    headline: form.get('headline') ?? '',
    body: form.get('body') ?? '',
    author: form.get('author') ?? '',
    keyEvent: form.get('keyEvent') === 'on',
    now: Date.now(),
  });
  if (outcome.kind === 'refused')
    return {
      status: outcome.status,
      title: outcome.status === 403 ? 'Not allowed' : 'Not saved',
      message: outcome.message,
    };
  recordAudit(actor, `live ${action}`, outcome.id ? `${slug}#update-${outcome.id}` : slug);
  const tags = [CACHE_TAGS.article(slug), ...(outcome.listsChanged ? [CACHE_TAGS.content] : [])];
  const refresh = await refreshTags(() => tags);
  const query = new URLSearchParams({ done: action });
  if (!outcome.inRepository) query.set('git', 'none');
  if (refresh.outcome !== 'refreshed') query.set('refresh', refresh.outcome);
  return { location: `/newsroom/live/${encodeURIComponent(slug)}?${query}` };
}
