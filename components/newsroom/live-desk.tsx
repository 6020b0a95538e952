import type { LiveDeskUpdate, LiveDeskView } from '@/lib/editors/live/live-desk-view';
import { formatDateTime } from '@/lib/format/dates';

const FIELD = 'mt-1 w-full rounded-sm border border-muted bg-transparent px-3 py-2';
const BUTTON = 'rounded-sm border border-current px-3 py-1 text-sm font-semibold';
const PRIMARY = 'rounded-sm bg-ink px-4 py-2 font-semibold text-paper';

/**
 * The live desk for one story: a form for a new update, then every update with its own forms (edit, key event, pin,
 * delete), and ending coverage. Plain forms posting to /api/newsroom/live/<slug>: they work without JavaScript, and
 * the server checks each role whatever the page shows. `canPin` hides what this role may not do.
 */
export function LiveDesk({ view, canPin, timeZone }: { view: LiveDeskView; canPin: boolean; timeZone: string }) {
  const action = `/api/newsroom/live/${encodeURIComponent(view.slug)}`;
  return (
    <div className="space-y-8">
      {view.status === 'live' ? (
        <form method="post" action={action} className="space-y-3 rounded border border-rule p-4">
          <h2 className="text-xl font-bold">Post an update</h2>
          <input type="hidden" name="action" value="post" />
          <UpdateFields idPrefix="new" view={view} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="keyEvent" /> Key event
          </label>
          <button type="submit" className={PRIMARY}>
            Post update
          </button>
        </form>
      ) : (
        <p>Coverage has ended: updates can still be corrected or removed.</p>
      )}
      <section aria-labelledby="desk-updates-title">
        <h2 id="desk-updates-title" className="text-xl font-bold">
          Updates ({view.updates.length})
        </h2>
        <ol className="mt-2 space-y-4">
          {view.updates.map((update) => (
            <li key={update.id} className="rounded border border-rule p-4">
              <DeskUpdate update={update} view={view} action={action} canPin={canPin} timeZone={timeZone} />
            </li>
          ))}
        </ol>
      </section>
      {canPin && view.status === 'live' ? (
        <form method="post" action={action}>
          <input type="hidden" name="action" value="end" />
          <button type="submit" className={BUTTON}>
            End live coverage
          </button>
        </form>
      ) : null}
    </div>
  );
}

function DeskUpdate({
  update,
  view,
  action,
  canPin,
  timeZone,
}: {
  update: LiveDeskUpdate;
  view: LiveDeskView;
  action: string;
  canPin: boolean;
  timeZone: string;
}) {
  const pinned = view.pinned === update.id;
  const button = (name: string, label: string) => (
    <form method="post" action={action}>
      <input type="hidden" name="action" value={name} />
      <input type="hidden" name="id" value={update.id} />
      <button type="submit" className={BUTTON}>
        {label}
      </button>
    </form>
  );
  return (
    <>
      <p className="text-sm text-muted">
        <time dateTime={update.publishedAt}>{formatDateTime(update.publishedAt, timeZone)}</time>
        {update.keyEvent ? ' · Key event' : ''}
        {pinned ? ' · Pinned' : ''}
      </p>
      <details className="mt-1">
        <summary className="cursor-pointer font-semibold">{update.headline}</summary>
        <form method="post" action={action} className="mt-3 space-y-3">
          <input type="hidden" name="action" value="edit" />
          <input type="hidden" name="id" value={update.id} />
          <UpdateFields idPrefix={update.id} view={view} update={update} />
          <button type="submit" className={PRIMARY}>
            Save changes
          </button>
        </form>
      </details>
      <div className="mt-3 flex flex-wrap gap-2">
        {button(update.keyEvent ? 'unkey' : 'key', update.keyEvent ? 'Not a key event' : 'Key event')}
        {canPin ? button(pinned ? 'unpin' : 'pin', pinned ? 'Unpin' : 'Pin') : null}
        {button('delete', 'Delete')}
      </div>
    </>
  );
}

function UpdateFields({ idPrefix, view, update }: { idPrefix: string; view: LiveDeskView; update?: LiveDeskUpdate }) {
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-headline`} className="block text-sm font-semibold">
          Headline
        </label>
        <input
          id={`${idPrefix}-headline`}
          name="headline"
          required
          minLength={5}
          maxLength={140}
          defaultValue={update?.headline}
          className={FIELD}
        />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-body`} className="block text-sm font-semibold">
          Text (Markdown)
        </label>
        <textarea id={`${idPrefix}-body`} name="body" required rows={5} defaultValue={update?.body} className={FIELD} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-author`} className="block text-sm font-semibold">
          Byline
        </label>
        <select
          id={`${idPrefix}-author`}
          name="author"
          defaultValue={update?.authorSlug ?? view.defaultAuthor}
          className={FIELD}
        >
          {view.authors.map((author) => (
            <option key={author.slug} value={author.slug}>
              {author.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
