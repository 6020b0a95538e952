import type { StoryHistory } from '@/lib/editors/stories/story-history';
import { formatDateTime } from '@/lib/format/dates';

/** A story's revisions (who, when), a form to compare any two, their diff, and a restore button for each. */
export function StoryHistoryView({ slug, history }: { slug: string; history: StoryHistory }) {
  if (!history.inRepository)
    return (
      <p data-testid="no-git">
        This deployment keeps no history: the content folder is not in a git repository. Saving still works.
      </p>
    );
  const { revisions, diff } = history;
  const [newest, oldest] = [revisions[0]?.commit, revisions.at(-1)?.commit];
  return (
    <div className="space-y-6">
      <form method="get" className="space-y-3">
        <table className="w-full text-left text-sm" data-testid="revisions">
          <caption className="text-left font-semibold">Revisions ({revisions.length}), newest first</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Change</th>
              <th scope="col">Who</th>
              <th scope="col">When</th>
              <th scope="col">
                <span className="sr-only">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision, index) => (
              <tr key={revision.commit} className="border-t border-rule align-top">
                <td>
                  <input
                    type="radio"
                    name="from"
                    value={revision.commit}
                    defaultChecked={(diff?.from ?? oldest) === revision.commit}
                    aria-label={`Compare from revision ${revisions.length - index}`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="to"
                    value={revision.commit}
                    defaultChecked={(diff?.to ?? newest) === revision.commit}
                    aria-label={`Compare to revision ${revisions.length - index}`}
                  />
                </td>
                <td>{revision.subject}</td>
                <td>{revision.author}</td>
                <td>
                  <time dateTime={revision.at}>{formatDateTime(revision.at)}</time>
                </td>
                <td>
                  {index > 0 ? (
                    <button
                      type="submit"
                      form={`restore-${revision.commit}`}
                      className="rounded-sm border border-current px-2 py-0.5 font-semibold"
                    >
                      Restore revision {revisions.length - index}
                    </button>
                  ) : (
                    'Current'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="rounded-sm border border-current px-3 py-1 font-semibold">
          Show the changes between the two chosen revisions
        </button>
      </form>
      {revisions.slice(1).map((revision) => (
        <form
          key={revision.commit}
          id={`restore-${revision.commit}`}
          method="post"
          action="/api/newsroom/stories/restore"
        >
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="revision" value={revision.commit} />
          <input type="hidden" name="version" value={history.version ?? ''} />
        </form>
      ))}
      {diff ? (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading" className="text-lg font-bold">
            Changes
          </h2>
          <pre
            // Wide lines scroll: keyboard users reach the region with Tab.
            tabIndex={0}
            aria-labelledby="diff-heading"
            className="mt-2 overflow-x-auto rounded-sm border border-rule p-3 text-sm"
            data-testid="diff"
          >
            {diff.text.split('\n').map((line, i) => (
              <span
                key={i}
                className={
                  line.startsWith('+') && !line.startsWith('+++')
                    ? 'block font-bold'
                    : line.startsWith('-') && !line.startsWith('---')
                      ? 'block text-accent'
                      : 'block'
                }
              >
                {line || ' '}
              </span>
            ))}
          </pre>
        </section>
      ) : null}
    </div>
  );
}
