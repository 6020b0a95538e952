import { getArticle } from '@/lib/content/articles';
import { isValidSlug } from '@/lib/content/route-params';
import { renderHeroVariant } from '@/lib/images/hero-variants';
import { HERO_RATIOS } from '@/lib/seo/json-ld';

/** /media/articles/<slug>/16x9.jpg (also 4x3, 1x1): the hero cropped for structured data. */
export async function GET(_request: Request, { params }: RouteContext<'/media/articles/[slug]/[ratio]'>) {
  const { slug, ratio } = await params;
  const variant = HERO_RATIOS.find((r) => `${r}.jpg` === ratio);
  const article = variant && isValidSlug(slug) ? await getArticle(slug) : null;
  if (!variant || !article) return new Response('Not found.\n', { status: 404 });
  const image = await renderHeroVariant(article.hero.src, variant);
  return new Response(new Uint8Array(image), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Cache-Control': 'public, max-age=86400, s-maxage=604800, stale-while-revalidate=86400',
    },
  });
}
