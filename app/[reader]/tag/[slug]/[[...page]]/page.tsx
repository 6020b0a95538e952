import type { Metadata } from 'next';
import { getAllTagSlugs } from '@/lib/content/articles';
import { ListingFront, listingFrontMetadata } from '../../../_fronts/listing-front';

type Props = PageProps<'/[reader]/tag/[slug]/[[...page]]'>;

export async function generateStaticParams() {
  const slugs = await getAllTagSlugs();
  return slugs.map((slug) => ({ slug, page: [] }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingFrontMetadata('tag', params);
}

export default function TagPage({ params }: Props) {
  return <ListingFront kind="tag" params={params} />;
}
