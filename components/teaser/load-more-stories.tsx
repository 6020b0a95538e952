'use client';

import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import { pageHref } from '@/components/navigation/pagination';
import { PAGE_SIZE } from '@/lib/content/paginate';
import type { ArticleSummary, Paged } from '@/lib/content/types';
import { STORY_ROW } from './story-list';
import { StoryTeaser } from './story-teaser';
import { StoryTeaserPlaceholder } from './story-teaser-placeholder';

interface LoadMoreStoriesProps {
  /** The stories endpoint for this list, e.g. /api/stories?list=latest */
  endpoint: string;
  /** The list's own path ('' for the homepage): page N of it is `${basePath}/page/N`. */
  basePath: string;
  page: number;
  totalPages: number;
  /** Classes of the list the appended stories continue (its columns). */
  listClassName?: string;
  /** The server's pagination links: all there is without JavaScript. */
  children: ReactNode;
}

const buttonClass =
  'w-full rounded border border-ink px-4 py-2 font-semibold hover:bg-ink hover:text-paper disabled:opacity-60';
const newerClass = 'shrink-0 rounded border border-rule px-3 py-2 hover:bg-rule';
/** The links and the button take the same height, so nothing below moves when one replaces the other. */
const slotClass = 'mt-6 min-h-11';

const subscribeToNothing = () => () => {};

/** False in the server HTML and during hydration, true once the page's scripts run. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * Pagination that agrees with itself. Without JavaScript: the server's links to real pages (/page/N), nothing else.
 * With it: "Load more" appends the next pages here, the address follows to the page reached (so a reload lands
 * there), and the button goes once the last page is in. Loaded pages stay in the query cache, so coming back to
 * the list (browser Back) shows them again.
 */
export function LoadMoreStories({ children, ...props }: LoadMoreStoriesProps) {
  const hydrated = useHydrated();
  if (!hydrated || props.page >= props.totalPages) return <div className={slotClass}>{children}</div>;
  return <AppendedStories {...props} />;
}

async function fetchPage(endpoint: string, page: number, signal: AbortSignal): Promise<Paged<ArticleSummary>> {
  const response = await fetch(`${endpoint}&page=${page}`, { signal });
  if (!response.ok) throw new Error(`Could not load page ${page} (${response.status})`);
  return response.json() as Promise<Paged<ArticleSummary>>;
}

function AppendedStories({
  endpoint,
  basePath,
  page,
  totalPages,
  listClassName = '',
}: Omit<LoadMoreStoriesProps, 'children'>) {
  const queryKey = ['stories', endpoint, page];
  const client = useQueryClient();
  // Started already when the reader loaded pages here before and came back.
  const [started, setStarted] = useState(() => client.getQueryData(queryKey) !== undefined);
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(endpoint, pageParam, signal),
    initialPageParam: page + 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
    staleTime: Infinity,
    enabled: started,
  });
  const pages = query.data?.pages ?? [];
  const loaded = pages.flatMap((p) => p.items);
  const reached = pages.at(-1)?.page ?? page;
  const lastPage = pages.at(-1)?.totalPages ?? totalPages;
  const listRef = useRef<HTMLUListElement>(null);
  const focusedCount = useRef(0);
  const fetchingMore = started && (query.isPending || query.isFetchingNextPage);
  // As many as the next page will bring, as far as the pages so far tell.
  const pageSize = pages[0]?.items.length || PAGE_SIZE;
  const totalItems = pages.at(-1)?.totalItems ?? Infinity;
  const placeholders = fetchingMore ? Math.max(0, Math.min(pageSize, totalItems - reached * pageSize)) : 0;

  // The address names the page reached, a real page: a reload shows it, and Back leaves the list as usual.
  useEffect(() => {
    if (reached > page) window.history.replaceState(null, '', pageHref(basePath, reached));
  }, [basePath, page, reached]);

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
      {loaded.length + placeholders > 0 ? (
        <ul ref={listRef} className={listClassName} data-testid="loaded-stories">
          {loaded.map((story) => (
            <li key={story.slug} className={STORY_ROW}>
              <StoryTeaser story={story} />
            </li>
          ))}
          {Array.from({ length: placeholders }, (_, i) => (
            <li key={`placeholder-${i}`} className={STORY_ROW} aria-hidden="true" data-testid="story-placeholder">
              <StoryTeaserPlaceholder />
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" aria-live="polite" className="sr-only">
        {query.isFetching
          ? 'Loading more stories'
          : loaded.length > 0
            ? `${loaded.length} more stories loaded${reached >= lastPage ? '; that is all of them' : ''}`
            : ''}
      </p>
      {query.isError ? <p className="mt-3 text-sm">Could not load more stories. Please try again.</p> : null}
      <div className={`${slotClass} flex gap-3`}>
        {page > 1 ? (
          <IntentPrefetchLink href={pageHref(basePath, page - 1)} rel="prev" className={newerClass}>
            ← Newer
          </IntentPrefetchLink>
        ) : null}
        {reached < lastPage ? (
          <button
            type="button"
            className={buttonClass}
            onClick={() => (started ? void query.fetchNextPage() : setStarted(true))}
            disabled={query.isFetching}
          >
            {query.isFetching ? 'Loading…' : 'Load more'}
          </button>
        ) : null}
      </div>
    </div>
  );
}
