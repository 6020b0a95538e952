import type { FrontPageDesk } from '@/lib/editors/stories/front-page-desk';

const SELECT = 'mt-1 w-full rounded-sm border border-muted bg-transparent px-3 py-2';

/** Choose the homepage's lead and top stories; an empty choice leaves that place to the automatic order. */
export function FrontPageForm({ desk, slots }: { desk: FrontPageDesk; slots: number }) {
  const options = (
    <>
      <option value="">Automatic (newest and most important)</option>
      {desk.choices.map((choice) => (
        <option key={choice.slug} value={choice.slug}>
          {choice.title}
        </option>
      ))}
    </>
  );
  return (
    <form method="post" action="/api/newsroom/front-page" className="mt-6 space-y-4">
      <div>
        <label htmlFor="front-lead" className="block text-sm font-semibold">
          Lead story
        </label>
        <select id="front-lead" name="lead" defaultValue={desk.picks.lead ?? ''} className={SELECT}>
          {options}
        </select>
      </div>
      {Array.from({ length: slots }, (_, i) => (
        <div key={i}>
          <label htmlFor={`front-top-${i}`} className="block text-sm font-semibold">
            Top story {i + 1}
          </label>
          <select id={`front-top-${i}`} name="top" defaultValue={desk.picks.top[i] ?? ''} className={SELECT}>
            {options}
          </select>
        </div>
      ))}
      <button type="submit" className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">
        Save the front page
      </button>
    </form>
  );
}
