import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListingHeader } from '@/components/listing/listing-header';
import { StoryListing } from '@/components/listing/story-listing';
import { pageHref } from '@/components/navigation/pagination';
import { getAllSectionSlugs, getSectionPage } from '@/lib/content/articles';
import { isValidSlug, parsePageTail } from '@/lib/content/route-params';
import { getMostPopular } from '@/lib/popular/most-popular';

type Props = PageProps<'/section/[slug]/[[...page]]'>;

export async function generateStaticParams() {
  const slugs = await getAllSectionSlugs();
  return slugs.map((slug) => ({ slug, page: [] }));
}

async function load({ params }: Props) {
  const { slug, page: tail } = await params;
  const page = parsePageTail(tail);
  if (!isValidSlug(slug) || page === null) return null;
  const data = await getSectionPage(slug, page);
  return data ? { ...data, page, tail } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data) return {};
  const base = `/section/${data.section.slug}`;
  return {
    title: data.page > 1 ? `${data.section.name}, page ${data.page}` : data.section.name,
    description: data.section.description,
    alternates: { canonical: pageHref(base, data.page) },
  };
}

export default async function SectionPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const base = `/section/${data.section.slug}`;
  if (data.page === 1 && data.tail?.length) permanentRedirect(base);
  const popular = await getMostPopular(8);
  return (
    <StoryListing
      header={<ListingHeader kicker="Section" title={data.section.name} description={data.section.description} page={data.page} />}
      list={data.list}
      basePath={base}
      endpoint={`/api/stories?list=section&slug=${data.section.slug}`}
      popular={popular}
    />
  );
}
