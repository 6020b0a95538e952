import type { LiveBlog } from '@/lib/content/live-blog';
import { formatDateTime } from '@/lib/format/dates';
import { livePagePath } from '@/lib/seo/json-ld';
import { Pagination } from '@/components/navigation/pagination';
import { LiveBadge } from './live-badge';
import { LiveNewUpdates } from './live-new-updates';
import { LiveUpdateCard } from './live-update-card';

/**
 * A live story's updates: status, key events, the pinned update, then the updates newest first, in pages. Complete
 * without JavaScript (a link reloads the page); with it, the island announces updates posted since the page loaded.
 */
export function LiveCoverage({ blog, timeZone }: { blog: LiveBlog; timeZone: string }) {
  const { updates } = blog;
  const first = updates.page === 1;
  const here = livePagePath(blog.slug, updates.page);
  const linkTo = (id: string, page: number) =>
    `${page === updates.page ? '' : livePagePath(blog.slug, page)}#update-${id}`;
  return (
    <section aria-labelledby="live-updates-title" className="space-y-6">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <LiveBadge status={blog.status} />
        <span className="text-muted">
          {blog.status === 'live'
            ? `Coverage began ${formatDateTime(blog.coverageStart, timeZone)}`
            : `Coverage ended ${formatDateTime(blog.coverageEnd ?? blog.coverageStart, timeZone)}`}
        </span>
        {blog.status === 'live' ? (
          <a href={here} className="underline">
            Reload for the latest updates
          </a>
        ) : null}
      </div>
      {first && blog.keyEvents.length > 0 ? (
        <nav aria-labelledby="key-events-title" className="rounded border border-rule p-4">
          <h2 id="key-events-title" className="font-bold">
            Key events
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {blog.keyEvents.map((event) => (
              <li key={event.id}>
                <a href={linkTo(event.id, event.page)} className="underline">
                  <time dateTime={event.publishedAt}>{formatDateTime(event.publishedAt, timeZone)}</time>:{' '}
                  {event.headline}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {first && blog.pinned ? (
        <aside aria-label="Pinned update" className="rounded bg-rule/30 px-4">
          <p className="pt-3 text-xs font-bold tracking-wide uppercase">Pinned</p>
          <LiveUpdateCard
            update={blog.pinned}
            timeZone={timeZone}
            anchored={false}
            link={linkTo(blog.pinned.id, blog.pinnedPage)}
          />
        </aside>
      ) : null}
      <div>
        <h2 id="live-updates-title" className="font-serif text-2xl font-bold">
          {first ? 'Latest updates' : `Earlier updates, page ${updates.page} of ${updates.totalPages}`}
        </h2>
        {first && blog.status === 'live' ? (
          <LiveNewUpdates slug={blog.slug} shownIds={updates.items.map((u) => u.id)} timeZone={timeZone} />
        ) : null}
        <ol aria-labelledby="live-updates-title">
          {updates.items.map((update) => (
            <li key={update.id}>
              <LiveUpdateCard update={update} timeZone={timeZone} />
            </li>
          ))}
        </ol>
        <Pagination
          basePath={livePagePath(blog.slug, 1)}
          page={updates.page}
          totalPages={updates.totalPages}
          noun="updates"
        />
      </div>
    </section>
  );
}
