import { contentDir } from '@/lib/content/content-dir';
import { can } from '../accounts/permissions';
import type { DeskActor } from '@/lib/editors/accounts/desk';
import { isDraftId, saveDeskDraft } from './desk-drafts';
import { fieldsFromForm } from './story-fields';
import { NEW_STORY_VERSION } from './story-files';
import { zoneFrom } from './submit-story-form';
import { slugErrors } from './compose-story';

export type AutosaveAnswer =
  { ok: true; draftId: string; savedAt: string } | { ok: false; status: number; message: string };

/** Keeps what is typed in the desk's drafts area (never a story file, never public) while the editor writes. */
export function autosaveStoryForm(form: URLSearchParams, actor: DeskActor): AutosaveAnswer {
  if (!can(actor.role, 'write')) return { ok: false, status: 403, message: 'Your role may not write stories.' };
  const draftId = form.get('draftId') ?? '';
  if (!isDraftId(draftId)) return { ok: false, status: 400, message: 'The form has no valid draftId.' };
  const originalSlug = form.get('originalSlug') || null;
  if (originalSlug !== null && slugErrors(originalSlug).length > 0)
    return { ok: false, status: 400, message: 'originalSlug is not a slug.' };
  const savedAt = new Date().toISOString();
  saveDeskDraft(contentDir(), {
    id: draftId,
    originalSlug,
    version: form.get('version') || NEW_STORY_VERSION,
    zone: zoneFrom(form),
    fields: fieldsFromForm(form),
    savedAt,
  });
  return { ok: true, draftId, savedAt };
}
