import { OG_SIZE, renderSocialCard } from '@/components/seo/social-card';
import { siteConfig } from '@/lib/site-config';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = `${siteConfig.name}: ${siteConfig.tagline}`;

/** The fallback social card for the site, sections, topics and authors. */
export default async function SiteSocialCard() {
  return renderSocialCard({
    kicker: siteConfig.tagline,
    headline: 'Business, technology, markets and the global economy',
  });
}
