import { FEED_CONTENT_TYPES, FEED_FORMATS } from '@/lib/seo/feeds';
import { LISTING_FEED_KINDS } from '@/lib/content/syndication';
import { crawlerResponse } from '@/lib/seo/crawler-response';
import { getFeedDocument } from '@/lib/seo/crawler-documents';
import { isValidSlug } from '@/lib/content/route-params';

/** Section, tag and author feeds: /feeds/section/markets/rss.xml, /feeds/tag/batteries/atom.xml, .../feed.json */
export async function GET(_request: Request, { params }: RouteContext<'/feeds/[kind]/[slug]/[format]'>) {
  const { kind, slug, format } = await params;
  const feedFormat = FEED_FORMATS.find((f) => f === format);
  const feedKind = LISTING_FEED_KINDS.find((k) => k === kind);
  if (!feedKind || !isValidSlug(slug) || !feedFormat) return crawlerResponse(null, '');
  return crawlerResponse(await getFeedDocument(feedKind, slug, feedFormat), FEED_CONTENT_TYPES[feedFormat]);
}
