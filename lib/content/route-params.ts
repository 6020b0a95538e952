import { parsePageParam } from './paginate';
import { slugSchema } from './schema';

/** Route segments are checked before any lookup, so odd URLs (2,000 characters, unicode, dots) are a cheap 404. */
export function isValidSlug(raw: string): boolean {
  return slugSchema.safeParse(raw).success;
}

/**
 * Reads the optional `page/N` tail of a listing URL ([[...page]] segment): undefined is page 1,
 * ['page', 'N'] is page N, anything else is null (404).
 */
export function parsePageTail(tail: string[] | undefined): number | null {
  if (tail === undefined || tail.length === 0) return 1;
  if (tail.length !== 2 || tail[0] !== 'page') return null;
  return parsePageParam(tail[1]);
}
