/** A search page request, parsed from the URL: anything odd falls back to a default rather than failing. */
export interface SearchRequest {
  q: string;
  section: string | null;
  tag: string | null;
  sort: 'relevance' | 'date';
  page: number;
}

type RawParams = Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PAGE = 1000;
// The reflected query is cut here; the index only reads the first MAX_QUERY_CHARS anyway.
const MAX_REFLECTED_CHARS = 500;

export function parseSearchRequest(raw: RawParams): SearchRequest {
  const q = first(raw.q)
    .slice(0, MAX_REFLECTED_CHARS)
    .replace(/[\u0000-\u001f]/g, ' ')
    .trim();
  const section = first(raw.section);
  const tag = first(raw.tag);
  const page = Number.parseInt(first(raw.page), 10);
  return {
    q,
    section: SLUG.test(section) ? section : null,
    tag: SLUG.test(tag) ? tag : null,
    sort: first(raw.sort) === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The URL of a search page, omitting defaults so links stay short. */
export function searchHref(request: SearchRequest, changes: Partial<SearchRequest> = {}): string {
  const next = { ...request, page: 1, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.section) params.set('section', next.section);
  if (next.tag) params.set('tag', next.tag);
  if (next.sort !== 'relevance') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}
