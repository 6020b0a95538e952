import { getArticle } from '@/lib/content/articles';
import { isValidSlug } from '@/lib/content/route-params';
import { OG_SIZE, renderSocialCard } from '@/components/seo/social-card';
import { siteConfig } from '@/lib/site-config';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Headline card';

export default async function ArticleSocialCard({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const article = isValidSlug(slug) ? await getArticle(slug) : null;
  return renderSocialCard(
    article
      ? { kicker: article.section.name, headline: article.title }
      : { kicker: siteConfig.tagline, headline: siteConfig.name },
  );
}
