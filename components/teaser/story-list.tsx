import type { ArticleSummary } from '@/lib/content/types';
import { StoryTeaser } from './story-teaser';

export function StoryList({ stories }: { stories: ArticleSummary[] }) {
  return (
    <ul className="divide-y divide-[var(--color-rule)]">
      {stories.map((story) => (
        <li key={story.slug} className="render-when-visible">
          <StoryTeaser story={story} />
        </li>
      ))}
    </ul>
  );
}
