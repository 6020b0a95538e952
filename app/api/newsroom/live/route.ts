import { htmlPage } from '@/app/_responses/html-page';
import { seeOther } from '@/app/_responses/see-other';
import { submitLiveForm } from '@/lib/editors/live/submit-live-form';
import { readDeskForm } from '@/lib/editors/stories/desk-request';

const START_FORM_LIMIT = 4096;

/** "Start live coverage" on /newsroom/live names its story in the form (action=start&slug=…). */
export async function POST(request: Request) {
  const read = await readDeskForm(request, START_FORM_LIMIT);
  if (!read.ok) return htmlPage(read.status, read.title, read.message);
  const answer = await submitLiveForm(read.form.get('slug') ?? '', read.form, read.actor);
  return 'location' in answer ? seeOther(answer.location) : htmlPage(answer.status, answer.title, answer.message);
}
