import { getSearchIndex } from '@/lib/search/search-instance';

const MAX_QUERY_PARAM = 1000;

/** GET ?q=... : up to 6 headlines for the search box. Empty or unsearchable text gets an empty list. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  if (q.length > MAX_QUERY_PARAM) {
    return Response.json({ error: `q must be at most ${MAX_QUERY_PARAM} characters` }, { status: 400 });
  }
  const suggestions = getSearchIndex(Date.now()).suggest(q, 6);
  return Response.json({ suggestions }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
