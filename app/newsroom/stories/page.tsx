import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { DeskNav } from '@/components/newsroom/desk-nav';
import { DeskStoryList } from '@/components/newsroom/desk-story-list';
import { contentDir } from '@/lib/content/content-dir';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { listDeskStories } from '@/lib/editors/stories/desk-list';

// Per editor and never cached: it reads the content folder as it is now.
export const instant = false;

export const metadata: Metadata = { title: 'Stories | Newsroom', robots: { index: false, follow: false } };

export default async function DeskStoriesPage() {
  const editor = await currentEditor();
  if (!editor) redirect('/newsroom');
  const list = listDeskStories(contentDir());
  const stale = Object.values(list.stories).some((stories) => stories.some((s) => s.notLive));
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <DeskNav current="stories" role={editor.role} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Stories</h1>
        <Link href="/newsroom/stories/new" className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">
          Write a new story
        </Link>
      </div>
      {stale ? (
        <form method="post" action="/api/newsroom/stories/refresh" className="mt-4">
          <p>Some files were changed outside the desk (by hand or by git).</p>
          <button type="submit" className="mt-2 rounded-sm border border-current px-3 py-1 font-semibold">
            Take the folder up on the site now
          </button>
        </form>
      ) : null}
      <div className="mt-6">
        <DeskStoryList list={list} now={list.now} />
      </div>
    </div>
  );
}
