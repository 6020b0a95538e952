import { htmlPage } from '@/app/_responses/html-page';
import { seeOther } from '@/app/_responses/see-other';
import { readDeskForm } from '@/lib/editors/stories/desk-request';
import { saveFrontPageForm } from '@/lib/editors/stories/front-page-desk';

/** The front-page form: the lead and top stories. */
export async function POST(request: Request) {
  const read = await readDeskForm(request, 8192);
  if (!read.ok) return htmlPage(read.status, read.title, read.message);
  const answer = await saveFrontPageForm(read.form, read.actor);
  return 'location' in answer ? seeOther(answer.location) : htmlPage(answer.status, answer.title, answer.message);
}
