import type { Metadata } from 'next';
import { getAllSectionSlugs } from '@/lib/content/articles';
import { ListingFront, listingFrontMetadata } from '../../../_fronts/listing-front';

type Props = PageProps<'/[reader]/section/[slug]/[[...page]]'>;

export async function generateStaticParams() {
  const slugs = await getAllSectionSlugs();
  return slugs.map((slug) => ({ slug, page: [] }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingFrontMetadata('section', params);
}

export default function SectionPage({ params }: Props) {
  return <ListingFront kind="section" params={params} />;
}
