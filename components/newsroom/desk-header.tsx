import Link from 'next/link';
import type { DeskActor } from '@/lib/editors/accounts/desk-store';
import { can } from '@/lib/editors/accounts/permissions';

/** The desk's heading: the page's title, who is signed in with which role, the desk's pages and signing out. */
export function DeskHeader({ title, editor }: { title: string; editor: DeskActor }) {
  const links = [
    { href: '/newsroom', label: 'Stories' },
    ...(can(editor.role, 'manage-accounts')
      ? [
          { href: '/newsroom/people', label: 'People' },
          { href: '/newsroom/audit', label: 'Audit log' },
        ]
      : []),
  ];
  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <div>
        <h1 className="font-serif text-3xl font-bold">{title}</h1>
        <p className="text-sm text-[var(--color-muted)]" data-testid="desk-who">
          Signed in as {editor.name} ({editor.role})
        </p>
      </div>
      <nav aria-label="Desk" className="flex flex-wrap items-center gap-4">
        {links.map((link) => (
          <Link key={link.href} href={link.href} prefetch={false} className="font-semibold underline">
            {link.label}
          </Link>
        ))}
        <form method="post" action="/api/newsroom/logout">
          <button type="submit" className="rounded-sm border border-current px-3 py-1 font-semibold">
            Sign out
          </button>
        </form>
      </nav>
    </div>
  );
}
