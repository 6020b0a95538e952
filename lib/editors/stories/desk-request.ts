import { crossSiteRefusal, isCrossSiteRequest } from '../cross-site';
import { editorFor, type DeskActor } from '@/lib/editors/accounts/desk';
import { readLimitedText } from '@/lib/http/read-limited-text';

/** A desk form post, or why it is refused (with the status and message to answer). */
export type DeskForm =
  { ok: true; form: URLSearchParams; actor: DeskActor } | { ok: false; status: number; title: string; message: string };

/** Stories are text: a long feature is ~100 KB of Markdown; 1 MiB leaves room and caps what one post can cost. */
export const STORY_FORM_LIMIT = 1024 * 1024;

/**
 * The checks every desk post passes first: sent from this site (CSRF), by someone signed in, as a form, whole and
 * within the size cap and deadline. Permissions per action are checked by the action itself.
 */
export async function readDeskForm(request: Request, limit: number = STORY_FORM_LIMIT): Promise<DeskForm> {
  if (isCrossSiteRequest(request)) {
    return { ok: false, status: 403, title: 'Refused', message: await crossSiteRefusal().text() };
  }
  const actor = await editorFor(request);
  if (!actor)
    return { ok: false, status: 401, title: 'Sign in first', message: 'Sign in at /newsroom, then try again.' };
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded'))
    return {
      ok: false,
      status: 415,
      title: 'Not a form',
      message: 'Send the desk form (application/x-www-form-urlencoded).',
    };
  const body = await readLimitedText(request, limit);
  if (!body.ok)
    return {
      ok: false,
      status: body.status,
      title: body.status === 413 ? 'Story too large' : 'Too slow',
      message: body.message,
    };
  return { ok: true, form: new URLSearchParams(body.text), actor };
}
