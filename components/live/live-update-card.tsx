import type { LiveUpdate } from '@/lib/content/live-blog';
import { formatDateTime } from '@/lib/format/dates';

/**
 * One update with its permanent link (#update-<id>). Usable on server and client: the page renders the updates it
 * has, the readers' island renders the ones that arrive later with the same markup. The body's HTML was sanitised by
 * lib/content/markdown.ts; nothing else may be passed here.
 */
export function LiveUpdateCard({
  update,
  timeZone,
  anchored = true,
  link = `#update-${update.id}`,
}: {
  update: LiveUpdate;
  timeZone: string;
  /** False for the pinned copy at the top: the permanent link belongs to the update in the stream. */
  anchored?: boolean;
  /** Where the headline links: the update's permanent link on this page, or on the page it is on. */
  link?: string;
}) {
  const headingId = anchored ? `update-${update.id}-headline` : `pinned-${update.id}-headline`;
  return (
    <article
      id={anchored ? `update-${update.id}` : undefined}
      aria-labelledby={headingId}
      tabIndex={-1}
      className="scroll-mt-24 border-t border-rule py-4"
    >
      <p className="text-sm text-muted">
        <time dateTime={update.publishedAt}>{formatDateTime(update.publishedAt, timeZone)}</time>
        {update.keyEvent ? <span className="ml-2 font-semibold text-accent">Key event</span> : null}
      </p>
      <h3 id={headingId} className="mt-1 font-serif text-xl leading-snug font-bold">
        <a href={link} className="hover:underline">
          {update.headline}
        </a>
      </h3>
      <div className="article-body mt-2" dangerouslySetInnerHTML={{ __html: update.bodyHtml }} />
      <p className="mt-2 text-sm text-muted">{update.author.name}</p>
    </article>
  );
}
