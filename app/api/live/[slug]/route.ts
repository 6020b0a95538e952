import { getLiveFeed } from '@/lib/content/live-blog';
import { isValidSlug } from '@/lib/content/route-params';

/**
 * A live story's newest updates, polled by open live pages. The same answer for every reader, cached in Next under
 * the story's tag only and at the edge under its Surrogate-Key, so polling costs one render per change.
 */
export async function GET(_request: Request, { params }: RouteContext<'/api/live/[slug]'>) {
  const { slug } = await params;
  const feed = isValidSlug(slug) ? await getLiveFeed(slug) : null;
  if (!feed) return Response.json({ error: 'No such live story' }, { status: 404 });
  return Response.json(feed, {
    headers: { 'Cache-Control': 'public, max-age=0, s-maxage=300, must-revalidate' },
  });
}
