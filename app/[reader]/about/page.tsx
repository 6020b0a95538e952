import { SitePageFront, sitePageFrontMetadata } from '../_fronts/site-page-front';

export const generateMetadata = () => sitePageFrontMetadata('about');

export default function AboutPage() {
  return <SitePageFront slug="about" />;
}
