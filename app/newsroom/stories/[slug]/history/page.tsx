import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { DeskNav } from '@/components/newsroom/desk-nav';
import { StoryHistoryView } from '@/components/newsroom/story-history-view';
import { isValidSlug } from '@/lib/content/route-params';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { storyHistory } from '@/lib/editors/stories/story-history';

export const instant = false;

export const metadata: Metadata = { title: 'Story history | Newsroom', robots: { index: false, follow: false } };

export default async function StoryHistoryPage({
  params,
  searchParams,
}: PageProps<'/newsroom/stories/[slug]/history'>) {
  const editor = await currentEditor();
  if (!editor) redirect('/newsroom');
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const { from, to } = await searchParams;
  const history = await storyHistory(slug, typeof from === 'string' ? from : null, typeof to === 'string' ? to : null);
  return (
    <div className="mx-auto max-w-5xl px-4 py-6">
      <DeskNav current="stories" role={editor.role} />
      <h1 className="font-serif text-3xl font-bold">History: {slug}</h1>
      <p className="mt-1 mb-6 text-sm">
        <a href={`/newsroom/stories/${slug}`} className="underline">
          Back to the story
        </a>
      </p>
      <StoryHistoryView slug={slug} history={history} />
    </div>
  );
}
