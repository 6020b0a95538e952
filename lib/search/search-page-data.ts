import { getContentSnapshot } from '../content/content-store';
import type { Section, Tag } from '../content/types';
import { getSearchIndex } from './search-instance';
import type { SearchRequest } from './search-request';
import { snippetParts, type SnippetPart } from './snippet-parts';

export const SEARCH_PAGE_SIZE = 10;

export interface SearchPageHit {
  slug: string;
  title: string;
  dek: string;
  section: { slug: string; name: string };
  publishedAt: string;
  snippet: SnippetPart[];
}

export interface SearchPageData {
  hits: SearchPageHit[];
  total: number;
  /** True when more than `total` stories match (only the newest are counted and paged). */
  capped: boolean;
  totalPages: number;
  /** False when the query held nothing searchable. */
  searchable: boolean;
  /** A corrected query that finds stories, when this one finds none. */
  didYouMean: string | null;
  sections: Section[];
  tags: Tag[];
}

/** Everything the search page shows for one request (call after `connection()`: it reads the clock). */
export function searchPageData(request: SearchRequest, now: number = Date.now()): SearchPageData {
  const snapshot = getContentSnapshot();
  const sections = new Map(snapshot.sections.map((s) => [s.slug, s]));
  const base = { sections: snapshot.sections, tags: snapshot.tags };
  if (!request.q)
    return { ...base, hits: [], total: 0, capped: false, totalPages: 0, searchable: false, didYouMean: null };
  const result = getSearchIndex(now).search({
    query: request.q,
    section: request.section,
    tag: request.tag,
    sort: request.sort,
    limit: SEARCH_PAGE_SIZE,
    offset: (request.page - 1) * SEARCH_PAGE_SIZE,
  });
  return {
    ...base,
    total: result.total,
    capped: result.capped,
    totalPages: Math.ceil(result.total / SEARCH_PAGE_SIZE),
    searchable: result.searchable,
    didYouMean: result.didYouMean,
    hits: result.hits.map((hit) => ({
      slug: hit.slug,
      title: hit.title,
      dek: hit.dek,
      section: { slug: hit.sectionSlug, name: sections.get(hit.sectionSlug)?.name ?? hit.sectionSlug },
      publishedAt: hit.publishedAt,
      snippet: snippetParts(hit.snippet),
    })),
  };
}
