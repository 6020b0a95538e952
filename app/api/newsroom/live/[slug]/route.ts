import { htmlPage } from '@/app/_responses/html-page';
import { seeOther } from '@/app/_responses/see-other';
import { submitLiveForm } from '@/lib/editors/live/submit-live-form';
import { readDeskForm } from '@/lib/editors/stories/desk-request';

/** A form-encoded 64 KiB update can take three times that on the wire; more is refused before it is read. */
const LIVE_FORM_LIMIT = 256 * 1024;

/** The live desk's forms (post, edit, delete, key event, pin, end coverage) post here; works without JavaScript. */
export async function POST(request: Request, { params }: RouteContext<'/api/newsroom/live/[slug]'>) {
  const { slug } = await params;
  const read = await readDeskForm(request, LIVE_FORM_LIMIT);
  if (!read.ok) return htmlPage(read.status, read.title, read.message);
  const answer = await submitLiveForm(slug, read.form, read.actor);
  return 'location' in answer ? seeOther(answer.location) : htmlPage(answer.status, answer.title, answer.message);
}
