import { contentDir } from '@/lib/content/content-dir';
import { isValidSlug } from '@/lib/content/route-params';
import { deskGate, recordAudit } from '@/lib/editors/accounts/desk';
import { readLimitedBytes } from '@/lib/http/read-limited-text';
import { ingestImage, MAX_UPLOAD_BYTES } from '@/lib/images/ingest';
import { storyEditorView } from './editor-view';
import { isDraftId, newDraftId, saveDeskDraft, type DeskDraft } from './desk-drafts';
import { fieldsFromForm } from './story-fields';
import { NEW_STORY_VERSION } from './story-files';
import { editPath, zoneFrom } from './submit-story-form';

/** The story form's field for the picture; its errors are shown beside it as `hero.file`. */
export const HERO_FILE_FIELD = 'heroFile';
const FILE_ERRORS = 'hero.file';

/** A picture of at most 15 MB plus the story's text (1 MiB at most) and the multipart framing. */
export const UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 1024 * 1024 + 64 * 1024;

/** Where the upload button posts: the draft and story ride in the URL, so even a refused body can go back to them. */
export function uploadAction(slug: string | null, draftId: string): string {
  const query = new URLSearchParams({ draft: draftId, ...(slug ? { slug } : {}) });
  return `/api/newsroom/stories/image?${query}`;
}

const plain = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });

/**
 * The story form posted with a picture (multipart, the upload button): the picture is checked and every rendition
 * written (lib/images/ingest.ts), then the form comes back as a desk draft holding the new hero, or, refused, the
 * reason beside the field. Nothing is published: the story keeps the picture once the editor saves it.
 */
export async function uploadStoryImage(request: Request): Promise<Response | { location: string }> {
  const actor = await deskGate(request, 'write');
  if (actor instanceof Response) return actor;
  const query = new URL(request.url).searchParams;
  const slugParam = query.get('slug');
  const originalSlug = slugParam && isValidSlug(slugParam) ? slugParam : null;
  const draftId = isDraftId(query.get('draft') ?? '') ? query.get('draft')! : newDraftId();
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data'))
    return plain(415, 'Send the story form with its picture (multipart/form-data).');

  const body = await readLimitedBytes(request, UPLOAD_BODY_LIMIT);
  const backToForm = (draft: Omit<DeskDraft, 'id' | 'originalSlug' | 'savedAt'>, done = '') => {
    saveDeskDraft(contentDir(), { id: draftId, originalSlug, savedAt: new Date().toISOString(), ...draft });
    return { location: editPath(originalSlug, `?draft=${draftId}${done}`) };
  };
  if (!body.ok && body.status === 413) {
    // Too large to read: what was typed comes from the last autosave (or the story as saved).
    const view = storyEditorView(originalSlug, draftId);
    if (!view) return plain(404, 'That story no longer exists.');
    const message = `The picture is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: choose a smaller file.`;
    const { version, zone, fields } = view;
    return backToForm({ version, zone, fields, errors: { [FILE_ERRORS]: [message] } });
  }
  if (!body.ok) return plain(body.status, body.message);
  const form = await new Response(new Uint8Array(body.bytes), { headers: { 'content-type': type } })
    .formData()
    .catch(() => null);
  if (!form) return plain(400, 'The form could not be read as multipart/form-data.');

  const text = new URLSearchParams();
  for (const [name, value] of form) if (typeof value === 'string') text.append(name, value);
  const fields = fieldsFromForm(text);
  const file = form.get(HERO_FILE_FIELD);
  const result = await ingestImage({
    bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
    fileName: file instanceof File ? file.name : undefined,
    alt: fields['hero.alt'],
    caption: fields['hero.caption'],
    credit: fields['hero.credit'],
    slugHint: fields.slug || fields.title,
  });
  const kept = { version: text.get('version') || NEW_STORY_VERSION, zone: zoneFrom(text) };
  if (!result.ok) {
    const field = result.field === 'file' ? FILE_ERRORS : `hero.${result.field}`;
    return backToForm({ ...kept, fields, errors: { [field]: [result.message] } });
  }
  const { hero } = result;
  recordAudit(actor, 'image uploaded', hero.src);
  const heroFields = {
    'hero.src': hero.src,
    'hero.alt': hero.alt,
    'hero.caption': hero.caption,
    'hero.credit': hero.credit,
    'hero.width': String(hero.width),
    'hero.height': String(hero.height),
  };
  return backToForm({ ...kept, fields: { ...fields, ...heroFields } }, '&done=upload');
}
