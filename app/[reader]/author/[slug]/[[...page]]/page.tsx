import type { Metadata } from 'next';
import { getAllAuthorSlugs } from '@/lib/content/articles';
import { ListingFront, listingFrontMetadata } from '../../../_fronts/listing-front';

type Props = PageProps<'/[reader]/author/[slug]/[[...page]]'>;

export async function generateStaticParams() {
  const slugs = await getAllAuthorSlugs();
  return slugs.map((slug) => ({ slug, page: [] }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingFrontMetadata('author', params);
}

export default function AuthorPage({ params }: Props) {
  return <ListingFront kind="author" params={params} />;
}
