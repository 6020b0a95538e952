import { LiveBadge } from '@/components/live/live-badge';
import type { ArticleSummary } from '@/lib/content/types';

/**
 * "By Ana Ruiz and Tom Berg · 3 hours ago": who wrote a story and when, under its headline; for a live story, first
 * its badge and the headline of its latest update.
 */
export function StoryByline({
  story,
}: {
  story: Pick<ArticleSummary, 'authors' | 'publishedAt' | 'publishedAgo' | 'live'>;
}) {
  const names = story.authors.map((author) => author.name);
  const byline = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return (
    <>
      {story.live ? (
        <p className="mt-1 text-sm" data-testid="live-teaser">
          <LiveBadge status={story.live.status} />
          {story.live.latestHeadline ? <span className="ml-1"> Latest: {story.live.latestHeadline}</span> : null}
        </p>
      ) : null}
      <p className="byline">
        {byline ? `By ${byline} · ` : null}
        <time dateTime={story.publishedAt}>{story.publishedAgo}</time>
      </p>
    </>
  );
}
