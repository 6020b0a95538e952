import { crawlerResponse } from '@/lib/seo/crawler-response';
import { getSitemapIndexXml } from '@/lib/seo/crawler-documents';

export async function GET() {
  return crawlerResponse(await getSitemapIndexXml(), 'application/xml; charset=utf-8');
}
