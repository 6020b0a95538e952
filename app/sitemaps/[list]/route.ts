import { crawlerResponse } from '@/lib/seo/crawler-response';
import { getListingSitemapXml, LISTING_SITEMAPS } from '@/lib/seo/crawler-documents';

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[list]'>) {
  const { list } = await params;
  const kind = LISTING_SITEMAPS.find((k) => `${k}.xml` === list);
  return crawlerResponse(kind ? await getListingSitemapXml(kind) : null, 'application/xml; charset=utf-8');
}
