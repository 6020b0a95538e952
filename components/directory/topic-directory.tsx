import { ListingHeader } from '@/components/listing/listing-header';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import { OTHER_INITIAL, type DirectoryPage, type TopicLetterGroup } from '@/lib/content/directories';
import { storyCount } from './story-count';

const anchorOf = (letter: string) => `topics-${letter === OTHER_INITIAL ? 'other' : letter.toLowerCase()}`;

/** Topics A–Z: a jump list of the initials in use, then each initial's topics with their story counts. */
export function TopicDirectory({ page, groups }: { page: DirectoryPage; groups: TopicLetterGroup[] }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <ListingHeader kicker="Browse" title={page.title} description={page.description} page={1} />
      <nav aria-label="Topics by letter" className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {groups.map(({ letter }) => (
            <li key={letter}>
              <a
                href={`#${anchorOf(letter)}`}
                className="inline-flex h-10 min-w-10 items-center justify-center rounded-sm border border-rule px-2 font-semibold hover:underline"
              >
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ letter, topics }) => (
        <section key={letter} aria-labelledby={anchorOf(letter)} className="mt-8">
          <h2 id={anchorOf(letter)} className="scroll-mt-4 border-b border-rule pb-1 font-serif text-2xl font-bold">
            {letter}
          </h2>
          <ul className="mt-2 grid gap-x-10 sm:grid-cols-2 lg:grid-cols-3">
            {topics.map((topic) => (
              <li key={topic.slug} className="py-1.5">
                <IntentPrefetchLink href={`/tag/${topic.slug}`} className="font-semibold hover:underline">
                  {topic.name}
                </IntentPrefetchLink>
                <span className="text-sm text-muted"> · {storyCount(topic.storyCount)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
