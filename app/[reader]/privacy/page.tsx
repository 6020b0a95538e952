import { SitePageFront, sitePageFrontMetadata } from '../_fronts/site-page-front';

export const generateMetadata = () => sitePageFrontMetadata('privacy');

export default function PrivacyPage() {
  return <SitePageFront slug="privacy" />;
}
