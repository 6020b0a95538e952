/** The desk's own navigation, on every desk page. */
export function DeskNav({ current }: { current: 'stories' | 'new' | 'front-page' | 'newsroom' }) {
  const links = [
    { key: 'newsroom', href: '/newsroom', label: 'Newsroom' },
    { key: 'stories', href: '/newsroom/stories', label: 'Stories' },
    { key: 'new', href: '/newsroom/stories/new', label: 'New story' },
    { key: 'front-page', href: '/newsroom/front-page', label: 'Front page' },
  ] as const;
  return (
    <nav aria-label="Desk" className="mb-6 border-b border-[var(--color-rule)] pb-3">
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
