import { cacheLife } from 'next/cache';
import { getHomeFront } from '../content/home-front';
import { cacheContent, publicView } from '../content/public-view';
import { readViewConfig } from '../views/view-config';
import { getViewStore } from '../views/view-store-instance';
import { HOUR_MS, isViewStoreUnavailable } from '../views/view-store';
import { rankEditorially } from './editorial-ranking';
import { toPopularItem, type PopularList } from './popular-list';
import { rankByReadership } from './readership-ranking';

export type { PopularityBasis, PopularItem, PopularList } from './popular-list';

/** While the store is unreachable, the editorial list is served and the store asked again this soon. */
const RETRY_AFTER_FAILURE_S = 30;

/**
 * The "Most popular" list: most unique views over the rolling window, topped up from the editorial ranking
 * while there is too little data. Computed at most every POPULAR_REFRESH_SECONDS (5 minutes) and cached,
 * so the API never queries the view store per request. The build never reads it: prerendered pages start
 * with the editorial list and pick up readership on their first revalidation.
 * With `homePage`, the stories on that page of the homepage are left out, so none shows twice there.
 */
export async function getMostPopular(limit: number, homePage?: number): Promise<PopularList> {
  'use cache';
  return rankMostPopular(limit, readViewConfig().refreshSeconds, homePage);
}

/**
 * The list as rendered into a page: it lives as long as the page's content (a shorter life would make every page
 * regenerate that often), and the sidebar island refreshes it in the browser from /api/popular.
 */
export async function getMostPopularForPage(limit: number, homePage?: number): Promise<PopularList> {
  'use cache';
  return rankMostPopular(limit, null, homePage);
}

/** Call inside a 'use cache' scope; `refreshSeconds` null keeps the content lifetime. */
async function rankMostPopular(
  limit: number,
  refreshSeconds: number | null,
  homePage: number | undefined,
): Promise<PopularList> {
  cacheContent();
  const view = publicView();
  const onPage = new Set(homePage === undefined ? [] : ((await getHomeFront(homePage))?.slugs ?? []));
  const candidates = view.articles.filter((a) => !onPage.has(a.slug));
  const config = readViewConfig();
  if (refreshSeconds !== null) cacheLife({ stale: 60, revalidate: refreshSeconds, expire: 60 * 60 * 24 });
  const editorial = rankEditorially(candidates, view.now, limit * 2);
  let counts: Map<string, number> = new Map();
  let readershipUnavailable = false;
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    try {
      counts = await getViewStore().countsBetween(view.now - config.windowHours * HOUR_MS, view.now);
    } catch (error) {
      if (!isViewStoreUnavailable(error)) throw error;
      console.error(`Most popular: ${error.message}; serving the editorial ranking`);
      readershipUnavailable = true;
      cacheLife({ revalidate: RETRY_AFTER_FAILURE_S });
    }
  }
  const ranking = rankByReadership(counts, candidates, editorial, limit, config.minViews);
  const measured = ranking.measured;
  return {
    basis: measured === 0 ? 'editorial' : measured === ranking.items.length ? 'readership' : 'mixed',
    items: ranking.items.map(toPopularItem),
    measured,
    readershipUnavailable,
    windowHours: config.windowHours,
    limit,
    computedAt: view.now,
  };
}
