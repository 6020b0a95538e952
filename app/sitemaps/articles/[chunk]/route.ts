import { parsePageParam } from '@/lib/content/paginate';
import { crawlerResponse } from '@/lib/seo/crawler-response';
import { getArticleSitemapXml } from '@/lib/seo/crawler-documents';

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/articles/[chunk]'>) {
  const match = /^(\d+)\.xml$/.exec((await params).chunk);
  const n = match ? parsePageParam(match[1]) : null;
  return crawlerResponse(n ? await getArticleSitemapXml(n) : null, 'application/xml; charset=utf-8');
}
