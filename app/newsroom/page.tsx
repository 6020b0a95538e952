import type { Metadata } from 'next';
import { DeskHeader } from '@/components/newsroom/desk-header';
import { LoginForm } from '@/components/newsroom/login-form';
import { StoryTable } from '@/components/newsroom/story-table';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { getNewsroomView } from '@/lib/editors/newsroom';

// Per editor and never cached: rendered whole on each request (no static shell, so the login form works
// without JavaScript); reading cookies makes Next send Cache-Control: private, no-store.
export const instant = false;

export const metadata: Metadata = { title: 'Newsroom', robots: { index: false, follow: false } };

export default async function NewsroomPage({ searchParams }: PageProps<'/newsroom'>) {
  const editor = await currentEditor();
  if (!editor) {
    const { error } = await searchParams;
    return <LoginForm error={error === 'wrong' || error === 'disabled' ? error : null} />;
  }
  const view = getNewsroomView();
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <DeskHeader title="Newsroom" editor={editor} current="newsroom" />
      {view.otherProblems.length > 0 ? (
        <section aria-labelledby="problems-heading" className="mt-6" data-testid="newsroom-problems">
          <h2 id="problems-heading" className="text-lg font-bold text-accent">
            Content problems ({view.otherProblems.length})
          </h2>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {view.otherProblems.map((p, i) => (
              <li key={i}>{`${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <StoryTable id="drafts" title="Drafts" stories={view.drafts} now={view.now} timing="updated" />
      <StoryTable id="scheduled" title="Scheduled" stories={view.scheduled} now={view.now} timing="publishes" />
      <StoryTable id="published" title="Latest published" stories={view.published} now={view.now} timing="published" />
    </div>
  );
}
