import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { Section } from '@/lib/content/types';

/**
 * One scrolling row of sections. Where it does not fit (phones), the row scrolls sideways and a fade at its right
 * edge shows that more follows; the last link can scroll clear of the fade.
 */
export function SectionNav({ sections }: { sections: Section[] }) {
  return (
    <nav aria-label="Sections" className="border-y border-rule">
      <div className="relative mx-auto max-w-6xl">
        <ul className="flex gap-x-5 overflow-x-auto px-4 py-1.5 pr-10 text-sm font-semibold whitespace-nowrap [scrollbar-width:thin] sm:pr-4 [&_a]:inline-block [&_a]:py-0.5 [&_a]:hover:underline">
          <li>
            <IntentPrefetchLink href="/">Home</IntentPrefetchLink>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <IntentPrefetchLink href={`/section/${section.slug}`}>{section.name}</IntentPrefetchLink>
            </li>
          ))}
        </ul>
        <span
          aria-hidden="true"
          className="pointer-events-none absolute inset-y-0 right-0 w-10 bg-gradient-to-l from-paper to-transparent md:hidden"
        />
      </div>
    </nav>
  );
}
