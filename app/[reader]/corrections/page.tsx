import { SitePageFront, sitePageFrontMetadata } from '../_fronts/site-page-front';

export const generateMetadata = () => sitePageFrontMetadata('corrections');

export default function CorrectionsPage() {
  return <SitePageFront slug="corrections" />;
}
