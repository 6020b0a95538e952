import type { ArticleSummary } from '@/lib/content/types';

/** "By Ana Ruiz and Tom Berg · 3 hours ago": who wrote a story and when, under its headline. */
export function StoryByline({ story }: { story: Pick<ArticleSummary, 'authors' | 'publishedAt' | 'publishedAgo'> }) {
  const names = story.authors.map((author) => author.name);
  const byline = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return (
    <p className="mt-1 text-xs text-[var(--color-muted)]">
      {byline ? <span>By {byline} · </span> : null}
      <time dateTime={story.publishedAt}>{story.publishedAgo}</time>
    </p>
  );
}
