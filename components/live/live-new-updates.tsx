'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useBrowserIdle } from '@/components/hooks/use-browser-idle';
import type { LiveFeed, LiveUpdate } from '@/lib/content/live-blog';
import { LiveUpdateCard } from './live-update-card';

/** How often an open live page asks for new updates: the answer is cached at the edge, so readers cost little. */
const POLL_MS = 4000;

async function fetchFeed(slug: string, signal: AbortSignal): Promise<LiveFeed> {
  const response = await fetch(`/api/live/${encodeURIComponent(slug)}`, { signal });
  if (!response.ok) throw new Error(`Live updates unavailable (${response.status})`);
  return response.json() as Promise<LiveFeed>;
}

/**
 * New updates for an open live page. It polls the story's small JSON while coverage is live and, when updates arrive,
 * only says so ("3 new updates"): nothing is inserted until the reader asks, so the page never jumps under them. The
 * notice takes a slot of its own height from the start, so its appearing moves nothing either. A click inserts the
 * new updates above the ones the page came with, newest first, and takes the reader to the first of them.
 */
export function LiveNewUpdates({
  slug,
  shownIds,
  timeZone,
}: {
  slug: string;
  /** The updates the server rendered on this page. */
  shownIds: string[];
  timeZone: string;
}) {
  const polling = useBrowserIdle();
  const [inserted, setInserted] = useState<LiveUpdate[]>([]);
  const [feed, setFeed] = useState<LiveFeed | null>(null);
  const firstNew = useRef<string | null>(null);
  const known = new Set([...shownIds, ...inserted.map((u) => u.id)]);
  const pending = feed?.updates.filter((u) => !known.has(u.id)) ?? [];

  useEffect(() => {
    if (!firstNew.current) return;
    const element = document.getElementById(`update-${firstNew.current}`);
    firstNew.current = null;
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [inserted]);

  const show = () => {
    firstNew.current = pending[0]?.id ?? null;
    setInserted([...pending, ...inserted]);
  };
  const count = pending.length;
  return (
    <>
      {polling ? <FeedPoller slug={slug} onFeed={setFeed} /> : null}
      <div className="sticky top-0 z-10 min-h-12 py-1" aria-live="polite">
        {count > 0 ? (
          <button
            type="button"
            onClick={show}
            className="w-full rounded bg-accent px-4 py-2 font-semibold text-accent-ink shadow"
          >
            {count === 1 ? '1 new update' : `${count} new updates`}
          </button>
        ) : null}
      </div>
      {inserted.length > 0 ? (
        <ol aria-label="Updates since you opened this page">
          {inserted.map((update) => (
            <li key={update.id}>
              <LiveUpdateCard update={update} timeZone={timeZone} />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

/** The query lives apart and renders nothing: it starts once the browser is idle (react-query reads the clock). */
function FeedPoller({ slug, onFeed }: { slug: string; onFeed: (feed: LiveFeed) => void }) {
  const { data } = useQuery({
    queryKey: ['live-feed', slug],
    queryFn: ({ signal }) => fetchFeed(slug, signal),
    refetchInterval: (query) => (query.state.data?.status === 'ended' ? false : POLL_MS),
    staleTime: 0,
  });
  useEffect(() => {
    if (data) onFeed(data);
  }, [data, onFeed]);
  return null;
}
