import type { DeskActor } from '@/lib/editors/accounts/desk-store';
import { DeskNav, type DeskPage } from './desk-nav';

/** The desk's heading: its navigation, the page's title, who is signed in with which role, and signing out. */
export function DeskHeader({ title, editor, current }: { title: string; editor: DeskActor; current: DeskPage }) {
  return (
    <>
      <DeskNav current={current} role={editor.role} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">{title}</h1>
          <p className="text-sm text-muted" data-testid="desk-who">
            Signed in as {editor.name} ({editor.role})
          </p>
        </div>
        <form method="post" action="/api/newsroom/logout">
          <button type="submit" className="rounded-sm border border-current px-3 py-1 font-semibold">
            Sign out
          </button>
        </form>
      </div>
    </>
  );
}
