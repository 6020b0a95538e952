import type { Paged } from './types';

export const PAGE_SIZE = 20;

/**
 * The homepage's river ("Latest stories", /page/N and its "Load more") goes by fewer: the homepage also carries the
 * lead, the top stories and a block per section, and must stay under 100 kB of HTML (issue 22, npm run bench:weight).
 */
export const RIVER_PAGE_SIZE = 8;

/** A list that can be cut into pages: an array, or a typed array of positions (article-index.ts). */
interface Sliceable<T> {
  readonly length: number;
  slice(start: number, end: number): ArrayLike<T>;
}

/** One page of a list, or null when the page does not exist (so the route can answer 404). */
export function paginate<T>(items: Sliceable<T>, page: number, perPage: number = PAGE_SIZE): Paged<T> | null {
  if (!Number.isInteger(page) || page < 1) return null;
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  if (page > totalPages) return null;
  const start = (page - 1) * perPage;
  return { items: Array.from(items.slice(start, start + perPage)), page, totalPages, totalItems: items.length };
}

/** Parses a page number from a URL segment: digits only, no leading zero, at least 1. */
export function parsePageParam(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}
