import { formatCountdown } from '@/lib/editors/countdown';
import type { DeskList, DeskStatus } from '@/lib/editors/stories/desk-list';
import { formatDateTime } from '@/lib/format/dates';

const GROUPS: { status: DeskStatus; title: string }[] = [
  { status: 'submitted', title: 'Submitted for review' },
  { status: 'draft', title: 'Drafts' },
  { status: 'scheduled', title: 'Scheduled' },
  { status: 'published', title: 'Published (latest)' },
  { status: 'unpublished', title: 'Unpublished' },
];

/** Every story by state, with its times; stories whose file the site has not taken up yet are marked. */
export function DeskStoryList({ list, now }: { list: DeskList; now: number }) {
  return (
    <div className="space-y-8">
      {list.newDrafts.length > 0 ? (
        <section aria-labelledby="autosaved-heading" data-testid="desk-autosaved">
          <h2 id="autosaved-heading" className="text-lg font-bold">
            Autosaved, never saved ({list.newDrafts.length})
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {list.newDrafts.map((draft) => (
              <li key={draft.id}>
                <a href={`/newsroom/stories/new?draft=${draft.id}`} className="underline">
                  {draft.fields.title.slice(0, 140) || 'Untitled'}
                </a>{' '}
                <span className="text-sm text-muted">
                  autosaved <time dateTime={draft.savedAt}>{formatDateTime(draft.savedAt)}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {GROUPS.map(({ status, title }) => (
        <section key={status} aria-labelledby={`${status}-heading`} data-testid={`desk-${status}`}>
          <h2 id={`${status}-heading`} className="border-t-4 border-ink pt-3 text-lg font-bold">
            {title} ({list.stories[status].length})
          </h2>
          {list.stories[status].length === 0 ? <p className="mt-2 text-muted">None.</p> : null}
          <ul className="divide-y divide-rule">
            {list.stories[status].map((story) => (
              <li key={story.slug} className="py-3">
                <a href={`/newsroom/stories/${story.slug}`} className="font-serif text-lg font-bold underline">
                  {story.title}
                </a>
                <p className="text-sm text-muted">
                  {story.slug} ·{' '}
                  {status === 'scheduled' ? (
                    <>
                      publishes {formatCountdown(story.publishedAt, now)} (
                      <time dateTime={story.publishedAt}>{formatDateTime(story.publishedAt)}</time>)
                    </>
                  ) : (
                    <>
                      {status === 'published' ? 'published' : 'dated'}{' '}
                      <time dateTime={story.publishedAt}>{formatDateTime(story.publishedAt)}</time>
                    </>
                  )}
                  {story.updatedAt !== story.publishedAt ? (
                    <>
                      {' '}
                      · updated <time dateTime={story.updatedAt}>{formatDateTime(story.updatedAt)}</time>
                    </>
                  ) : null}
                  {' · '}
                  <a href={`/newsroom/stories/${story.slug}/history`} className="underline">
                    History
                  </a>
                </p>
                {story.notLive ? (
                  <p className="text-sm font-semibold" data-testid="not-live">
                    Changed on disk: the site has not taken this version up yet.
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {list.problems.length > 0 ? (
        <section aria-labelledby="desk-problems-heading">
          <h2 id="desk-problems-heading" className="text-lg font-bold text-accent">
            Files with problems ({list.problems.length})
          </h2>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {list.problems.map((p, i) => (
              <li key={i}>{`${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
