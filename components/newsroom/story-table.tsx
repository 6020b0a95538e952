import { formatCountdown } from '@/lib/editors/countdown';
import { formatDateTime, formatRelative } from '@/lib/format/dates';
import type { NewsroomStory } from '@/lib/editors/newsroom';

/** One newsroom list: each story with its time, its preview link and its content-check problems. */
export function StoryTable({
  id,
  title,
  stories,
  now,
  timing,
}: {
  id: string;
  title: string;
  stories: NewsroomStory[];
  now: number;
  timing: 'updated' | 'publishes' | 'published';
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" data-testid={`newsroom-${id}`}>
      <h2 id={`${id}-heading`} className="border-t-4 border-ink pt-3 text-lg font-bold">
        {title} ({stories.length})
      </h2>
      {stories.length === 0 ? <p className="mt-2 text-muted">None.</p> : null}
      <ul className="divide-y divide-rule">
        {stories.map((story) => (
          <li key={story.slug} className="py-3">
            <p className="font-serif text-lg font-bold">{story.title}</p>
            <p className="text-sm text-muted">
              {story.sectionSlug} · {story.slug} ·{' '}
              {timing === 'publishes' ? (
                <>
                  publishes {formatCountdown(story.publishedAt, now)} (
                  <time dateTime={story.publishedAt}>{formatDateTime(story.publishedAt)}</time>)
                </>
              ) : timing === 'updated' ? (
                <>
                  updated <time dateTime={story.updatedAt}>{formatDateTime(story.updatedAt)}</time>
                </>
              ) : (
                <>
                  published <time dateTime={story.publishedAt}>{formatRelative(story.publishedAt, now)}</time>
                </>
              )}
            </p>
            <p className="mt-1 text-sm">
              {story.previewHref ? (
                <a href={story.previewHref} className="font-semibold underline">
                  Preview (link valid 24 h)
                </a>
              ) : (
                'Preview links need PREVIEW_SECRET.'
              )}
            </p>
            {story.problems.length > 0 ? (
              <ul className="mt-1 list-disc pl-6 text-sm text-accent">
                {story.problems.map((p, i) => (
                  <li key={i}>{`${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
