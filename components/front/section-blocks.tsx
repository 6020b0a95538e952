import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { HomeFront } from '@/lib/content/home-front';
import { HeadlineByline } from './headline-byline';

/** One block per section with its newest stories not shown higher up, and a way on to the section. */
export function SectionBlocks({ blocks }: { blocks: HomeFront['sections'] }) {
  if (blocks.length === 0) return null;
  return (
    <div className="grid gap-x-8 gap-y-10 md:grid-cols-2 lg:grid-cols-3">
      {blocks.map(({ section, stories }) => (
        <section key={section.slug} aria-labelledby={`front-section-${section.slug}`} className="min-w-0">
          <h2 id={`front-section-${section.slug}`} className="border-t-4 border-ink pt-3 font-serif text-xl font-bold">
            <IntentPrefetchLink href={`/section/${section.slug}`} className="hover:underline">
              {section.name} <span aria-hidden="true">›</span>
            </IntentPrefetchLink>
          </h2>
          <ul className="divide-y divide-rule *:py-3">
            {stories.map((story) => (
              <li key={story.slug}>
                <article>
                  <HeadlineByline story={story} />
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
