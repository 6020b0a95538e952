import type { Role } from '@/lib/editors/accounts/permissions';
import { can } from '@/lib/editors/accounts/permissions';

export type DeskPage = 'newsroom' | 'stories' | 'new' | 'live' | 'front-page' | 'people' | 'audit';

/** The desk's own navigation, on every desk page: only the pages this role may use. */
export function DeskNav({ current, role }: { current: DeskPage; role: Role }) {
  const links: { key: DeskPage; href: string; label: string }[] = [
    { key: 'newsroom', href: '/newsroom', label: 'Newsroom' },
    { key: 'stories', href: '/newsroom/stories', label: 'Stories' },
    { key: 'new', href: '/newsroom/stories/new', label: 'New story' },
    { key: 'live', href: '/newsroom/live', label: 'Live' },
    ...(can(role, 'front-page')
      ? [{ key: 'front-page' as const, href: '/newsroom/front-page', label: 'Front page' }]
      : []),
    ...(can(role, 'manage-accounts')
      ? [
          { key: 'people' as const, href: '/newsroom/people', label: 'People' },
          { key: 'audit' as const, href: '/newsroom/audit', label: 'Audit log' },
        ]
      : []),
  ];
  return (
    <nav aria-label="Desk" className="mb-6 border-b border-rule pb-3">
      <ul className="flex flex-wrap gap-4 font-semibold">
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.href} aria-current={link.key === current ? 'page' : undefined} className="underline">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
