import { htmlPage } from '@/app/_responses/html-page';
import { seeOther } from '@/app/_responses/see-other';
import { readDeskForm } from '@/lib/editors/stories/desk-request';
import { restoreRevisionForm } from '@/lib/editors/stories/story-history';

/** "Restore this revision" on a story's history page. */
export async function POST(request: Request) {
  const read = await readDeskForm(request, 4096);
  if (!read.ok) return htmlPage(read.status, read.title, read.message);
  const answer = await restoreRevisionForm(read.form, read.actor);
  return 'location' in answer ? seeOther(answer.location) : htmlPage(answer.status, answer.title, answer.message);
}
