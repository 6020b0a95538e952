import { SitePageFront, sitePageFrontMetadata } from '../_fronts/site-page-front';

export const generateMetadata = () => sitePageFrontMetadata('contact');

export default function ContactPage() {
  return <SitePageFront slug="contact" />;
}
