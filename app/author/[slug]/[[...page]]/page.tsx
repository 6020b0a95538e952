import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { AuthorHeader } from '@/components/listing/author-header';
import { StoryListing } from '@/components/listing/story-listing';
import { pageHref } from '@/components/navigation/pagination';
import { getAllAuthorSlugs, getAuthorPage } from '@/lib/content/articles';
import { isValidSlug, parsePageTail } from '@/lib/content/route-params';
import { getMostPopular } from '@/lib/popular/most-popular';

type Props = PageProps<'/author/[slug]/[[...page]]'>;

export async function generateStaticParams() {
  const slugs = await getAllAuthorSlugs();
  return slugs.map((slug) => ({ slug, page: [] }));
}

async function load({ params }: Props) {
  const { slug, page: tail } = await params;
  const page = parsePageTail(tail);
  if (!isValidSlug(slug) || page === null) return null;
  const data = await getAuthorPage(slug, page);
  return data ? { ...data, page, tail } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data) return {};
  const base = `/author/${data.author.slug}`;
  return {
    title: data.page > 1 ? `${data.author.name}, page ${data.page}` : data.author.name,
    description: `${data.author.role}. ${data.author.bio}`,
    alternates: { canonical: pageHref(base, data.page) },
  };
}

export default async function AuthorPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const base = `/author/${data.author.slug}`;
  if (data.page === 1 && data.tail?.length) permanentRedirect(base);
  const popular = await getMostPopular(8);
  return (
    <StoryListing
      header={<AuthorHeader author={data.author} page={data.page} />}
      list={data.list}
      basePath={base}
      endpoint={`/api/stories?list=author&slug=${data.author.slug}`}
      popular={popular}
    />
  );
}
