import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { Section } from '@/lib/content/types';

export function SectionNav({ sections }: { sections: Section[] }) {
  return (
    <nav aria-label="Sections" className="border-y border-[var(--color-rule)]">
      <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto px-4 py-2 text-sm font-semibold whitespace-nowrap">
        <li>
          <IntentPrefetchLink href="/" className="hover:underline">
            Home
          </IntentPrefetchLink>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            <IntentPrefetchLink href={`/section/${section.slug}`} className="hover:underline">
              {section.name}
            </IntentPrefetchLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
