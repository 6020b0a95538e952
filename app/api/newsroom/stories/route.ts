import { htmlPage } from '@/app/_responses/html-page';
import { readDeskForm } from '@/lib/editors/stories/desk-request';
import { submitStoryForm } from '@/lib/editors/stories/submit-story-form';
import { seeOther } from '@/app/_responses/see-other';

/** The story form (every action button) posts here; works without JavaScript. */
export async function POST(request: Request) {
  const read = await readDeskForm(request);
  if (!read.ok) return htmlPage(read.status, read.title, read.message);
  const answer = await submitStoryForm(read.form, read.actor);
  return 'location' in answer ? seeOther(answer.location) : htmlPage(answer.status, answer.title, answer.message);
}
