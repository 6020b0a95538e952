'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useBrowserIdle } from '@/components/hooks/use-browser-idle';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import { windowInWords, withoutStory, type PopularList } from '@/lib/popular/popular-list';

const REFRESH_MS = 5 * 60 * 1000;

async function fetchPopular(limit: number, homePage: number | undefined, signal: AbortSignal): Promise<PopularList> {
  const response = await fetch(`/api/popular?limit=${limit}${homePage ? `&home=${homePage}` : ''}`, { signal });
  if (!response.ok) throw new Error(`Most popular refresh failed (${response.status})`);
  return response.json() as Promise<PopularList>;
}

function note(list: PopularList): string {
  const window = windowInWords(list.windowHours);
  if (list.readershipUnavailable) return 'Picked by our editors: readership figures are unavailable at the moment';
  if (list.basis === 'readership') return `Most read in the past ${window}`;
  if (list.basis === 'editorial') return 'Picked by our editors while readership data is gathered';
  const top = list.measured === 1 ? 'The first story is' : `The first ${list.measured} are`;
  return `${top} the most read in the past ${window}; the rest are picked by our editors`;
}

/**
 * The "Most popular" block: the server's list in the HTML, then, once the browser is idle, refreshed every 5 minutes
 * through react-query. `exclude` leaves out the article being read (one story fewer than was asked for); on the
 * homepage, `homePage` asks for the list without that page's own stories (getMostPopular), refreshes included.
 */
export function MostPopular({ list, exclude, homePage }: { list: PopularList; exclude?: string; homePage?: number }) {
  // The query starts only in the browser, once it is idle (react-query reads the clock, which a prerender must not).
  // It lives in a sibling that renders nothing, so hydration keeps the list's DOM instead of replacing it with a live copy.
  const live = useBrowserIdle();
  const [refreshed, setRefreshed] = useState<PopularList | null>(null);
  return (
    <>
      {live ? <PopularRefresh initial={list} homePage={homePage} onRefresh={setRefreshed} /> : null}
      <PopularBlock list={refreshed ?? list} exclude={exclude} />
    </>
  );
}

function PopularRefresh({
  initial,
  homePage,
  onRefresh,
}: {
  initial: PopularList;
  homePage: number | undefined;
  onRefresh: (list: PopularList) => void;
}) {
  const { data } = useQuery({
    queryKey: ['most-popular', initial.limit, homePage],
    queryFn: ({ signal }) => fetchPopular(initial.limit, homePage, signal),
    initialData: initial,
    initialDataUpdatedAt: initial.computedAt,
    staleTime: REFRESH_MS,
    refetchInterval: REFRESH_MS,
  });
  useEffect(() => {
    if (data !== initial) onRefresh(data);
  }, [data, initial, onRefresh]);
  return null;
}

function PopularBlock({ list, exclude }: { list: PopularList; exclude?: string }) {
  const shown = withoutStory(list, exclude, exclude ? list.limit - 1 : list.limit);
  return (
    <section
      aria-labelledby="most-popular-heading"
      className="border-t-4 border-ink pt-3"
      data-testid="most-popular"
      data-basis={shown.basis}
    >
      <h2 id="most-popular-heading" className="text-lg font-bold">
        Most popular
      </h2>
      <p className="text-xs text-muted">{note(shown)}</p>
      <ol className="mt-2 divide-y divide-rule">
        {shown.items.map((story, index) => (
          <li key={story.slug} className="flex gap-3 py-3">
            <span aria-hidden="true" className="font-serif text-2xl leading-none font-bold text-accent">
              {index + 1}
            </span>
            <IntentPrefetchLink
              href={`/articles/${story.slug}`}
              className="font-serif leading-snug font-semibold hover:underline"
            >
              {story.title}
            </IntentPrefetchLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
