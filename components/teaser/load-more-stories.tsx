'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ArticleSummary, Paged } from '@/lib/content/types';
import { StoryTeaser } from './story-teaser';

interface LoadMoreStoriesProps {
  /** The stories endpoint for this list, e.g. /api/stories?list=latest */
  endpoint: string;
  page: number;
  totalPages: number;
}

const buttonClass =
  'mt-4 w-full rounded border border-[var(--color-ink)] px-4 py-2 font-semibold hover:bg-[var(--color-ink)] hover:text-[var(--color-paper)] disabled:opacity-60';

/**
 * "Load more": appends the next pages in place; the server-rendered page and its pagination links stay.
 * The query starts only on the first click, so the prerendered HTML holds just the button.
 */
export function LoadMoreStories(props: LoadMoreStoriesProps) {
  const [started, setStarted] = useState(false);
  if (props.page >= props.totalPages) return null;
  if (!started) {
    return (
      <button type="button" className={buttonClass} onClick={() => setStarted(true)}>
        Load more
      </button>
    );
  }
  return <AppendedStories {...props} />;
}

async function fetchPage(endpoint: string, page: number, signal: AbortSignal): Promise<Paged<ArticleSummary>> {
  const response = await fetch(`${endpoint}&page=${page}`, { signal });
  if (!response.ok) throw new Error(`Could not load page ${page} (${response.status})`);
  return response.json() as Promise<Paged<ArticleSummary>>;
}

function AppendedStories({ endpoint, page }: LoadMoreStoriesProps) {
  const query = useInfiniteQuery({
    queryKey: ['stories', endpoint, page],
    queryFn: ({ pageParam, signal }) => fetchPage(endpoint, pageParam, signal),
    initialPageParam: page + 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
    staleTime: Infinity,
  });
  const loaded = query.data?.pages.flatMap((p) => p.items) ?? [];
  const listRef = useRef<HTMLUListElement>(null);
  const focusedCount = useRef(0);

  // Move focus to the first newly added story, so keyboard and screen reader users continue from there.
  useEffect(() => {
    if (loaded.length === focusedCount.current) return;
    const firstNew = listRef.current
      ?.querySelectorAll('li')
      [focusedCount.current]?.querySelector<HTMLAnchorElement>('h3 a');
    focusedCount.current = loaded.length;
    firstNew?.focus();
  }, [loaded.length]);

  return (
    <div>
      <ul
        ref={listRef}
        className="divide-y divide-[var(--color-rule)] border-t border-[var(--color-rule)]"
        data-testid="loaded-stories"
      >
        {loaded.map((story) => (
          <li key={story.slug}>
            <StoryTeaser story={story} />
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only">
        {query.isFetching ? 'Loading more stories' : `${loaded.length} more stories loaded`}
      </p>
      {query.isError ? <p className="mt-3 text-sm">Could not load more stories. Please try again.</p> : null}
      {query.isPending || query.hasNextPage ? (
        <button
          type="button"
          className={buttonClass}
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetching}
        >
          {query.isFetching ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </div>
  );
}
