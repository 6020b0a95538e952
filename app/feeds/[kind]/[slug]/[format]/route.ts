import { FEED_CONTENT_TYPES, FEED_FORMATS } from '@/lib/seo/feeds';
import { crawlerResponse } from '@/lib/seo/crawler-response';
import { getFeedDocument } from '@/lib/seo/crawler-documents';
import { isValidSlug } from '@/lib/content/route-params';

/** Section and tag feeds: /feeds/section/markets/rss.xml, /feeds/tag/batteries/atom.xml, .../feed.json */
export async function GET(_request: Request, { params }: RouteContext<'/feeds/[kind]/[slug]/[format]'>) {
  const { kind, slug, format } = await params;
  const feedFormat = FEED_FORMATS.find((f) => f === format);
  if ((kind !== 'section' && kind !== 'tag') || !isValidSlug(slug) || !feedFormat) return crawlerResponse(null, '');
  return crawlerResponse(await getFeedDocument(kind, slug, feedFormat), FEED_CONTENT_TYPES[feedFormat]);
}
