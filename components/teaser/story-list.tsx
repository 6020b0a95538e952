import type { ArticleSummary } from '@/lib/content/types';
import { StoryTeaser } from './story-teaser';

/** Two columns from `lg` up, for full-width lists; the "Load more" island lays out what it appends the same way. */
export const TWO_COLUMN_LIST = 'lg:grid lg:grid-cols-2 lg:gap-x-10';

/** A row of a story list (a component class in app/globals.css). */
export const STORY_ROW = 'story-row';

export function StoryList({ stories, className = '' }: { stories: ArticleSummary[]; className?: string }) {
  return (
    <ul className={className}>
      {stories.map((story) => (
        <li key={story.slug} className={STORY_ROW}>
          <StoryTeaser story={story} />
        </li>
      ))}
    </ul>
  );
}
