import { notFound } from 'next/navigation';
import { FrontPage } from '@/components/front/front-page';
import { getHomeFront } from '@/lib/content/home-front';
import { getMostPopularForPage } from '@/lib/popular/most-popular';

/** The homepage and its older pages (/page/N); Most popular leaves out the page's own stories. */
export async function HomeFront({ page }: { page: number }) {
  const [front, popular] = await Promise.all([getHomeFront(page), getMostPopularForPage(8, page)]);
  if (!front) notFound();
  return <FrontPage front={front} popular={popular} />;
}
