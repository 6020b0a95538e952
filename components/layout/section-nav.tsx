import Link from 'next/link';
import type { Section } from '@/lib/content/types';

export function SectionNav({ sections }: { sections: Section[] }) {
  return (
    <nav aria-label="Sections" className="border-y border-[var(--color-rule)]">
      <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 py-2 text-sm font-semibold whitespace-nowrap">
        <li>
          <Link href="/" className="hover:underline">Home</Link>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            <Link href={`/section/${section.slug}`} className="hover:underline">
              {section.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
