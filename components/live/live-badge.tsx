import type { LiveStatus } from '@/lib/content/types';

/** "Live" while coverage goes on, "Ended" after: on a live story's teaser and at the top of its page. */
export function LiveBadge({ status }: { status: LiveStatus }) {
  return status === 'live' ? (
    <span className="inline-block rounded-sm bg-accent px-1.5 py-0.5 text-xs font-bold tracking-wide text-accent-ink uppercase">
      Live
    </span>
  ) : (
    <span className="inline-block rounded-sm border border-rule px-1.5 py-0.5 text-xs font-bold tracking-wide uppercase">
      Coverage ended
    </span>
  );
}
