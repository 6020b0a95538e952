import { publicView } from '../content/public-view';
import type { ArticleSummary } from '../content/types';
import { rankEditorially } from './editorial-ranking';

export type PopularityBasis = 'readership' | 'editorial';

export interface PopularList {
  /** Says honestly what the ranking rests on, so the block never claims readership it has not measured. */
  basis: PopularityBasis;
  items: ArticleSummary[];
}

/** The "Most popular" list. Until readership is counted, an editorial ranking stands in and says so. */
export async function getMostPopular(limit: number): Promise<PopularList> {
  'use cache';
  const view = publicView();
  return { basis: 'editorial', items: rankEditorially(view.articles, view.now, limit).map(view.toSummary) };
}
