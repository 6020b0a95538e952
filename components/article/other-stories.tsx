import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { ArticleSummary } from '@/lib/content/types';

/** "Latest news": other recent content, compact, below the article. */
export function OtherStories({ stories }: { stories: ArticleSummary[] }) {
  return (
    <section aria-labelledby="latest-heading" className="border-t-4 border-ink pt-3">
      <h2 id="latest-heading" className="text-lg font-bold">
        Latest news
      </h2>
      <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
        {stories.map((story) => (
          <li key={story.slug} className="border-b border-rule py-3">
            <p className="text-xs font-bold text-accent uppercase">{story.section.name}</p>
            <IntentPrefetchLink href={`/articles/${story.slug}`} className="font-serif font-semibold hover:underline">
              {story.title}
            </IntentPrefetchLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
