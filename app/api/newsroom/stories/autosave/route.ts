import { readDeskForm } from '@/lib/editors/stories/desk-request';
import { autosaveStoryForm } from '@/lib/editors/stories/autosave-story';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/** The story form's autosave (the editor island posts the form here as the editor types). */
export async function POST(request: Request) {
  const read = await readDeskForm(request);
  if (!read.ok) return new Response(`${read.message}\n`, { status: read.status, headers: NO_STORE });
  const answer = autosaveStoryForm(read.form, read.actor);
  return answer.ok
    ? Response.json({ draftId: answer.draftId, savedAt: answer.savedAt }, { headers: NO_STORE })
    : new Response(`${answer.message}\n`, { status: answer.status, headers: NO_STORE });
}
