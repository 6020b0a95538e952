import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { DeskNav } from '@/components/newsroom/desk-nav';
import { LoginForm } from '@/components/newsroom/login-form';
import { StoryTable } from '@/components/newsroom/story-table';
import { EDITOR_COOKIE, isSignedIn } from '@/lib/editors/editor-session';
import { getNewsroomView } from '@/lib/editors/newsroom';

// Per editor and never cached: rendered whole on each request (no static shell, so the login form works
// without JavaScript); reading cookies makes Next send Cache-Control: private, no-store.
export const instant = false;

export const metadata: Metadata = { title: 'Newsroom', robots: { index: false, follow: false } };

export default async function NewsroomPage({ searchParams }: PageProps<'/newsroom'>) {
  const signedIn = await isSignedIn((await cookies()).get(EDITOR_COOKIE)?.value);
  if (!signedIn) {
    const { error } = await searchParams;
    return <LoginForm error={error === 'wrong' ? 'wrong' : null} />;
  }
  const view = getNewsroomView();
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <DeskNav current="newsroom" />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Newsroom</h1>
        <form method="post" action="/api/newsroom/logout">
          <button type="submit" className="rounded-sm border border-current px-3 py-1 font-semibold">
            Sign out
          </button>
        </form>
      </div>
      {view.otherProblems.length > 0 ? (
        <section aria-labelledby="problems-heading" className="mt-6" data-testid="newsroom-problems">
          <h2 id="problems-heading" className="text-lg font-bold text-[var(--color-accent)]">
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
