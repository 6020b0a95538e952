import { htmlPage } from '@/app/_responses/html-page';
import { seeOther } from '@/app/_responses/see-other';
import { can } from '@/lib/editors/accounts/permissions';
import { refreshContent } from '@/lib/editors/refresh-content';
import { readDeskForm } from '@/lib/editors/stories/desk-request';

/** Takes up files changed outside the desk (by hand, by git) on every instance, as the revalidation API does. */
export async function POST(request: Request) {
  const read = await readDeskForm(request, 1024);
  if (!read.ok) return htmlPage(read.status, read.title, read.message);
  if (!can(read.actor.role, 'publish')) return htmlPage(403, 'Not allowed', 'Your role may not refresh the site.');
  const result = await refreshContent({ all: true });
  if (result.outcome === 'rejected')
    return htmlPage(
      422,
      'The folder has problems',
      'The site keeps the last good content. Fix the files listed on the stories page.',
    );
  return seeOther(`/newsroom/stories?refresh=${result.outcome}`);
}
