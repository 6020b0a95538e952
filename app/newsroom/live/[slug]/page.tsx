import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { DeskMessage } from '@/components/newsroom/desk-message';
import { DeskNav } from '@/components/newsroom/desk-nav';
import { LiveDesk } from '@/components/newsroom/live-desk';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { can } from '@/lib/editors/accounts/permissions';
import { liveDeskView } from '@/lib/editors/live/live-desk-view';
import { siteConfig } from '@/lib/site-config';

// Per editor and never cached: it shows the live story as it is now.
export const instant = false;

export const metadata: Metadata = { title: 'Live desk | Newsroom', robots: { index: false, follow: false } };

const DONE: Record<string, string> = {
  start: 'Live coverage started: post the first update.',
  post: 'Update posted.',
  edit: 'Update saved.',
  delete: 'Update deleted.',
  key: 'Marked as a key event.',
  unkey: 'No longer a key event.',
  pin: 'Update pinned.',
  unpin: 'Update unpinned.',
  end: 'Live coverage ended.',
};

export default async function LiveDeskPage({ params, searchParams }: PageProps<'/newsroom/live/[slug]'>) {
  const editor = await currentEditor();
  if (!editor) redirect('/newsroom');
  const { slug } = await params;
  const view = liveDeskView(slug);
  if (!view) notFound();
  const done = (await searchParams).done;
  const message = typeof done === 'string' && DONE[done] ? { kind: 'notice' as const, text: DONE[done] } : null;
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <DeskNav current="live" role={editor.role} />
      <h1 className="font-serif text-3xl font-bold">Live: {view.title}</h1>
      <p className="mt-2">
        <a href={`/articles/${view.slug}`} className="underline">
          Open the live page
        </a>
      </p>
      <DeskMessage message={message} />
      <div className="mt-6">
        <LiveDesk view={view} canPin={can(editor.role, 'publish')} timeZone={siteConfig.timeZone} />
      </div>
    </div>
  );
}
