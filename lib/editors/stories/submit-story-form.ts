import { contentDir } from '@/lib/content/content-dir';
import { siteConfig } from '@/lib/site-config';
import { recordAudit, type DeskActor } from '@/lib/editors/accounts/desk';
import { refreshContent } from '../refresh-content';
import { isDraftId, newDraftId, removeDeskDraft, saveDeskDraft } from './desk-drafts';
import { saveStory, STORY_INTENTS, type StoryIntent } from './save-story';
import { fieldsFromForm } from './story-fields';
import { NEW_STORY_VERSION } from './story-files';
import { isTimeZone } from './zoned-time';

/** Where the browser goes next (303), or a refusal to answer as it is. */
export type FormAnswer = { location: string } | { status: number; title: string; message: string };

/** The editor's zone as the browser sent it, else the site's. */
export function zoneFrom(form: URLSearchParams): string {
  const zone = form.get('timeZone') ?? '';
  return isTimeZone(zone) ? zone : siteConfig.timeZone;
}

export function editPath(slug: string | null, query = ''): string {
  return `/newsroom/stories/${slug === null ? 'new' : encodeURIComponent(slug)}${query}`;
}

/**
 * The story form's post: the chosen action, then the site refreshed for exactly the pages it touches. A refused save
 * keeps what was typed as a desk draft and sends the editor back to the form, which shows why beside each field.
 */
export async function submitStoryForm(form: URLSearchParams, actor: DeskActor): Promise<FormAnswer> {
  const intent = form.get('intent') ?? '';
  if (!(STORY_INTENTS as readonly string[]).includes(intent))
    return { status: 400, title: 'Unknown action', message: `Choose one of: ${STORY_INTENTS.join(', ')}.` };
  const dir = contentDir();
  const originalSlug = form.get('originalSlug') || null;
  const version = form.get('version') || NEW_STORY_VERSION;
  const zone = zoneFrom(form);
  const fields = fieldsFromForm(form);
  const draftId = isDraftId(form.get('draftId') ?? '') ? form.get('draftId')! : newDraftId();
  const outcome = await saveStory({
    dir,
    actor,
    intent: intent as StoryIntent,
    fields,
    zone,
    version,
    originalSlug,
    now: Date.now(),
  });
  if (outcome.kind === 'forbidden') return { status: 403, title: 'Not allowed', message: outcome.message };
  if (outcome.kind === 'saved') {
    removeDeskDraft(dir, draftId);
    recordAudit(actor, `story ${intent}`, outcome.slug);
    const slugs = [outcome.slug, ...(outcome.previousSlug ? [outcome.previousSlug] : [])];
    const refresh = await refreshContent({ slugs });
    const query = new URLSearchParams({ done: intent });
    if (!outcome.inRepository) query.set('git', 'none');
    if (refresh.outcome !== 'refreshed') query.set('refresh', refresh.outcome);
    return { location: editPath(outcome.slug, `?${query}`) };
  }
  saveDeskDraft(dir, {
    id: draftId,
    originalSlug,
    version,
    zone,
    fields,
    savedAt: new Date().toISOString(),
    ...(outcome.kind === 'invalid' ? { errors: outcome.errors } : { conflict: { theirs: outcome.theirs } }),
  });
  return { location: editPath(originalSlug, `?draft=${draftId}`) };
}
