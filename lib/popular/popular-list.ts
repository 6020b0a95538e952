import type { ArticleMeta } from '../content/types';

/** What the ranking rests on: measured readership, readership topped up by the editors, or the editors alone. */
export type PopularityBasis = 'readership' | 'mixed' | 'editorial';

/**
 * A story as the block shows it: its headline and link. The list is written into every page's payload (and its
 * client island's props) and sent by /api/popular, so it carries no more than that; whole summaries (excerpt,
 * image, dates) were about a sixth of an article page's RSC payload.
 */
export interface PopularItem {
  slug: string;
  title: string;
}

export function toPopularItem(meta: Pick<ArticleMeta, 'slug' | 'title'>): PopularItem {
  return { slug: meta.slug, title: meta.title };
}

export interface PopularList {
  /** Says honestly what the ranking rests on, so the block never claims readership it has not measured. */
  basis: PopularityBasis;
  items: PopularItem[];
  /** How many of the first items are ranked by measured unique views; the rest are editors' picks. */
  measured: number;
  /** The view store could not be read: the list is the editors' alone, and the block says why. */
  readershipUnavailable: boolean;
  /** The rolling readership window, in hours. */
  windowHours: number;
  /** How many stories were asked for. */
  limit: number;
  /** When the ranking was computed (ms since the epoch). */
  computedAt: number;
}

/** The list without one story (the article being read), `count` long, with `measured` and `basis` kept true. */
export function withoutStory(list: PopularList, slug: string | undefined, count: number): PopularList {
  const index = slug ? list.items.findIndex((s) => s.slug === slug) : -1;
  const items = list.items.filter((_, i) => i !== index).slice(0, count);
  const measured = Math.min(items.length, index >= 0 && index < list.measured ? list.measured - 1 : list.measured);
  const basis = measured === 0 ? 'editorial' : measured === items.length ? 'readership' : 'mixed';
  return { ...list, items, measured, basis };
}

/** "week", "24 hours", "3 days": the window in words for the block's note. */
export function windowInWords(hours: number): string {
  if (hours === 168) return 'week';
  if (hours === 1) return 'hour';
  if (hours % 24 === 0) return hours === 24 ? '24 hours' : `${hours / 24} days`;
  return `${hours} hours`;
}
