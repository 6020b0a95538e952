import { FEED_CONTENT_TYPES } from '@/lib/seo/feeds';
import { crawlerResponse } from '@/lib/seo/crawler-response';
import { getFeedDocument } from '@/lib/seo/crawler-documents';

export async function GET() {
  return crawlerResponse(await getFeedDocument('site', null, 'rss.xml'), FEED_CONTENT_TYPES['rss.xml']);
}
