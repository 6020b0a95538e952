import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DeskNav } from '@/components/newsroom/desk-nav';
import { FrontPageForm } from '@/components/newsroom/front-page-form';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { frontPageDesk, TOP_SLOTS } from '@/lib/editors/stories/front-page-desk';

export const instant = false;

export const metadata: Metadata = { title: 'Front page | Newsroom', robots: { index: false, follow: false } };

export default async function FrontPageDeskPage({ searchParams }: PageProps<'/newsroom/front-page'>) {
  const editor = await currentEditor();
  if (!editor) redirect('/newsroom');
  const { done } = await searchParams;
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <DeskNav current="front-page" role={editor.role} />
      <h1 className="font-serif text-3xl font-bold">Front page</h1>
      {done ? (
        <p role="status" className="mt-2 font-semibold">
          Front page saved.
        </p>
      ) : null}
      <FrontPageForm desk={frontPageDesk()} slots={TOP_SLOTS} />
    </div>
  );
}
