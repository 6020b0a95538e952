import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DeskNav } from '@/components/newsroom/desk-nav';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { can } from '@/lib/editors/accounts/permissions';
import { liveDeskStories } from '@/lib/editors/live/live-desk-view';

// Per editor and never cached: it reads the content as it is now.
export const instant = false;

export const metadata: Metadata = { title: 'Live coverage | Newsroom', robots: { index: false, follow: false } };

/** The live stories (a story with a `live:` block, decision 017), each with a link to its live desk. */
export default async function LiveStoriesPage() {
  const editor = await currentEditor();
  if (!editor) redirect('/newsroom');
  const stories = liveDeskStories();
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <DeskNav current="live" role={editor.role} />
      <h1 className="font-serif text-3xl font-bold">Live coverage</h1>
      {can(editor.role, 'publish') ? (
        <form method="post" action="/api/newsroom/live" className="mt-4 flex flex-wrap items-end gap-3">
          <input type="hidden" name="action" value="start" />
          <div>
            <label htmlFor="live-start-slug" className="block text-sm font-semibold">
              Story slug
            </label>
            <input
              id="live-start-slug"
              name="slug"
              required
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              className="mt-1 rounded-sm border border-muted bg-transparent px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded-sm border border-current px-3 py-2 font-semibold">
            Start live coverage
          </button>
        </form>
      ) : null}
      {stories.length === 0 ? <p className="mt-4">No live stories.</p> : null}
      <ul className="mt-4 space-y-2">
        {stories.map((story) => (
          <li key={story.slug}>
            <a href={`/newsroom/live/${story.slug}`} className="font-semibold underline">
              {story.title}
            </a>{' '}
            <span className="text-sm text-muted">
              {story.status === 'live' ? 'live' : 'ended'} · {story.updates} updates
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
