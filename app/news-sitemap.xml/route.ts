import { crawlerResponse } from '@/lib/seo/crawler-response';
import { getNewsSitemapXml } from '@/lib/seo/crawler-documents';

export async function GET() {
  return crawlerResponse(await getNewsSitemapXml(), 'application/xml; charset=utf-8');
}
