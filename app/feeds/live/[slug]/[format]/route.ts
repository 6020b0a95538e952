import { FEED_CONTENT_TYPES, FEED_FORMATS } from '@/lib/seo/feeds';
import { crawlerResponse } from '@/lib/seo/crawler-response';
import { getLiveFeedDocument } from '@/lib/seo/crawler-documents';
import { isValidSlug } from '@/lib/content/route-params';

/** A live story's updates: /feeds/live/<slug>/rss.xml, atom.xml, feed.json (404 unless a public live story). */
export async function GET(_request: Request, { params }: RouteContext<'/feeds/live/[slug]/[format]'>) {
  const { slug, format } = await params;
  const feedFormat = FEED_FORMATS.find((f) => f === format);
  if (!isValidSlug(slug) || !feedFormat) return crawlerResponse(null, '');
  return crawlerResponse(await getLiveFeedDocument(slug, feedFormat), FEED_CONTENT_TYPES[feedFormat]);
}
