import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import { StoryByline } from '@/components/teaser/story-byline';
import type { ArticleSummary } from '@/lib/content/types';

/** A front's compact teaser text: the headline as a link, then who wrote it and when. */
export function HeadlineByline({ story, headlineClass = '' }: { story: ArticleSummary; headlineClass?: string }) {
  return (
    <>
      <h3 className={headlineClass ? `headline ${headlineClass}` : 'headline'}>
        <IntentPrefetchLink href={`/articles/${story.slug}`}>{story.title}</IntentPrefetchLink>
      </h3>
      <StoryByline story={story} />
    </>
  );
}
