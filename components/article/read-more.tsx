import type { ArticleSummary } from '@/lib/content/types';
import { StoryList } from '../teaser/story-list';

export function ReadMore({ stories }: { stories: ArticleSummary[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="read-more-heading" className="border-t-4 border-ink pt-3">
      <h2 id="read-more-heading" className="text-lg font-bold">
        Read more
      </h2>
      <StoryList stories={stories} />
    </section>
  );
}
