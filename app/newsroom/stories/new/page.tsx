import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { StoryEditorPage } from '@/components/newsroom/story-editor-page';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { actionsFor } from '@/lib/editors/stories/desk-actions';
import { editorNotices, previewSource } from '@/lib/editors/stories/editor-notices';
import { storyEditorView } from '@/lib/editors/stories/editor-view';

export const instant = false;

export const metadata: Metadata = { title: 'New story | Newsroom', robots: { index: false, follow: false } };

export default async function NewStoryPage({ searchParams }: PageProps<'/newsroom/stories/new'>) {
  const actor = await currentEditor();
  if (!actor) redirect('/newsroom');
  const notices = editorNotices(await searchParams);
  const view = storyEditorView(null, notices.draftId)!;
  return (
    <StoryEditorPage
      role={actor.role}
      view={view}
      actions={actionsFor(actor, false)}
      notices={notices}
      previewSrc={previewSource(null, view.draftId)}
    />
  );
}
