import { cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache-tags';
import { getContentSnapshot } from './content-store';
import { selectFront } from './front-selection';
import { paginate, RIVER_PAGE_SIZE } from './paginate';
import { cacheContent, publicView } from './public-view';
import type { ArticleSummary, Paged, Section } from './types';

export interface HomeFront {
  /** Page 1 only, like `top` and `sections`. */
  lead: ArticleSummary | null;
  top: ArticleSummary[];
  sections: { section: Pick<Section, 'slug' | 'name'>; stories: ArticleSummary[] }[];
  river: Paged<ArticleSummary>;
  /** Every story on this page, for lists beside it (Most popular) to leave out. */
  slugs: string[];
}

/** The homepage (page 1) or an older page of its river (/page/N); null for a page past the end. */
export async function getHomeFront(page: number): Promise<HomeFront | null> {
  'use cache';
  cacheContent();
  const view = publicView();
  const snapshot = getContentSnapshot();
  const selection = selectFront(
    view.articles,
    snapshot.frontPage,
    snapshot.sections.map((s) => s.slug),
  );
  const riverPage = paginate(selection.river, page, RIVER_PAGE_SIZE);
  if (!riverPage) return null;
  const river = { ...riverPage, items: riverPage.items.map(view.toSummary) };
  const first = page === 1;
  const front: Omit<HomeFront, 'slugs'> = {
    lead: first && selection.lead ? view.toSummary(selection.lead) : null,
    top: first ? selection.top.map(view.toSummary) : [],
    sections: first
      ? selection.sections.map(({ sectionSlug, stories }) => {
          const section = view.sections.get(sectionSlug)!;
          return { section: { slug: section.slug, name: section.name }, stories: stories.map(view.toSummary) };
        })
      : [],
    river,
  };
  const stories = [front.lead, ...front.top, ...front.sections.flatMap((s) => s.stories), ...river.items].flatMap(
    (story) => (story ? [story] : []),
  );
  // A live story's teaser shows its latest update: the desk's change to that story refreshes this page too.
  for (const story of stories) if (story.live) cacheTag(CACHE_TAGS.article(story.slug));
  return { ...front, slugs: stories.map((story) => story.slug) };
}

/** One page of the river alone, for "Load more". */
export async function getHomeRiverPage(page: number): Promise<Paged<ArticleSummary> | null> {
  return (await getHomeFront(page))?.river ?? null;
}
