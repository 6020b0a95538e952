import { ListingHeader } from '@/components/listing/listing-header';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { DirectoryPage, SectionDirectoryEntry } from '@/lib/content/directories';
import { storyCount } from './story-count';

/** The Sections index: a card per section with what it covers, how many stories it holds and its newest one. */
export function SectionDirectory({ page, sections }: { page: DirectoryPage; sections: SectionDirectoryEntry[] }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <ListingHeader kicker="Browse" title={page.title} description={page.description} page={1} />
      <ul className="grid gap-x-10 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((section) => (
          <li key={section.slug} className="border-b border-rule py-5">
            <h2 className="font-serif text-2xl font-bold">
              <IntentPrefetchLink href={`/section/${section.slug}`} className="hover:underline">
                {section.name}
              </IntentPrefetchLink>
            </h2>
            <p className="mt-1 text-[0.95rem] text-muted">{section.description}</p>
            <p className="mt-3 text-xs font-bold tracking-wide text-muted uppercase">
              {section.latest ? `Latest of ${storyCount(section.storyCount)}` : 'No stories yet'}
            </p>
            {section.latest ? (
              <p className="mt-1 font-serif leading-snug font-bold">
                <IntentPrefetchLink href={`/articles/${section.latest.slug}`} className="hover:underline">
                  {section.latest.title}
                </IntentPrefetchLink>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
