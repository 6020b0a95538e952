import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { StoryEditorPage } from '@/components/newsroom/story-editor-page';
import { isValidSlug } from '@/lib/content/route-params';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { actionsFor } from '@/lib/editors/stories/desk-actions';
import { editorNotices, previewSource } from '@/lib/editors/stories/editor-notices';
import { storyEditorView } from '@/lib/editors/stories/editor-view';

export const instant = false;

export const metadata: Metadata = { title: 'Edit story | Newsroom', robots: { index: false, follow: false } };

export default async function EditStoryPage({ params, searchParams }: PageProps<'/newsroom/stories/[slug]'>) {
  const actor = await currentEditor();
  if (!actor) redirect('/newsroom');
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const notices = editorNotices(await searchParams);
  const view = storyEditorView(slug, notices.draftId);
  if (!view) notFound();
  return (
    <StoryEditorPage
      role={actor.role}
      view={view}
      actions={actionsFor(actor, view.published)}
      notices={notices}
      previewSrc={previewSource(slug, view.draftId)}
    />
  );
}
