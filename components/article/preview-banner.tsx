import type { PreviewState } from '@/lib/content/preview';
import { formatDateTime } from '@/lib/format/dates';

/** Shown only in Draft Mode: says what is being previewed and offers a way out (a plain POST form). */
export function PreviewBanner({ state }: { state: PreviewState }) {
  const label =
    state.kind === 'draft'
      ? 'Preview of a draft: not public.'
      : state.kind === 'scheduled'
        ? `Preview of a scheduled story: public from ${formatDateTime(state.publishesAt)}.`
        : 'Preview mode: this story is public.';
  return (
    <div
      role="status"
      data-testid="preview-banner"
      className="flex flex-wrap items-center justify-between gap-3 rounded-sm border-2 border-accent px-4 py-3 text-sm font-semibold"
    >
      <p>{label}</p>
      <form method="post" action="/api/preview/exit">
        <button type="submit" className="rounded-sm border border-current px-3 py-1 underline-offset-2 hover:underline">
          Exit preview
        </button>
      </form>
    </div>
  );
}
