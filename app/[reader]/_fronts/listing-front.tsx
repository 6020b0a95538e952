import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorHeader } from '@/components/listing/author-header';
import { ListingHeader } from '@/components/listing/listing-header';
import { StoryListing } from '@/components/listing/story-listing';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { getAuthorPage, getSectionPage, getTagPage } from '@/lib/content/articles';
import { DIRECTORY_PAGES } from '@/lib/content/directories';
import { isValidSlug, parsePageTail } from '@/lib/content/route-params';
import type { ArticleSummary, Paged } from '@/lib/content/types';
import { getMostPopularForPage } from '@/lib/popular/most-popular';
import { breadcrumbJsonLd, collectionPageJsonLd } from '@/lib/seo/json-ld';
import { listingMetadata, NOT_FOUND_METADATA } from '@/lib/seo/metadata';

/** Section, topic and author pages share one shape: /<kind>/<slug> and /<kind>/<slug>/page/<n>. */
export type ListingKind = 'section' | 'tag' | 'author';
export type ListingParams = Promise<{ slug: string; page?: string[] }>;

interface Listing {
  kind: ListingKind;
  name: string;
  description: string;
  basePath: string;
  page: number;
  list: Paged<ArticleSummary>;
  header: React.ReactNode;
}

async function loadListing(kind: ListingKind, params: ListingParams): Promise<Listing | null> {
  const { slug, page: tail } = await params;
  const page = parsePageTail(tail);
  if (!isValidSlug(slug) || page === null) return null;
  const basePath = `/${kind}/${slug}`;
  if (kind === 'section') {
    const data = await getSectionPage(slug, page);
    if (!data) return null;
    const header = (
      <ListingHeader kicker="Section" title={data.section.name} description={data.section.description} page={page} />
    );
    return {
      kind,
      name: data.section.name,
      description: data.section.description,
      basePath,
      page,
      list: data.list,
      header,
    };
  }
  if (kind === 'tag') {
    const data = await getTagPage(slug, page);
    // A topic without published stories is a 404, not an empty page (no soft 404s).
    if (!data || data.list.totalItems === 0) return null;
    const header = (
      <ListingHeader kicker="Topic" title={data.tag.name} description={data.tag.description} page={page} />
    );
    return { kind, name: data.tag.name, description: data.tag.description, basePath, page, list: data.list, header };
  }
  const data = await getAuthorPage(slug, page);
  if (!data) return null;
  const header = <AuthorHeader author={data.author} page={page} />;
  return {
    kind,
    name: data.author.name,
    description: `${data.author.role}. ${data.author.bio}`,
    basePath,
    page,
    list: data.list,
    header,
  };
}

export async function listingFrontMetadata(kind: ListingKind, params: ListingParams): Promise<Metadata> {
  const listing = await loadListing(kind, params);
  if (!listing) return NOT_FOUND_METADATA;
  return listingMetadata({ ...listing, feedBase: `/feeds${listing.basePath}/` });
}

// A section's or topic's place in the site is under its index; authors have none.
const indexOf = { section: DIRECTORY_PAGES.sections, tag: DIRECTORY_PAGES.topics };

export async function ListingFront({ kind, params }: { kind: ListingKind; params: ListingParams }) {
  const listing = await loadListing(kind, params);
  if (!listing) notFound();
  const popular = await getMostPopularForPage(8);
  const structuredData = [
    breadcrumbJsonLd([
      { name: 'Home', path: '/' },
      ...(kind === 'author' ? [] : [{ name: indexOf[kind].title, path: indexOf[kind].path }]),
      { name: listing.name, path: listing.basePath },
    ]),
    ...(kind === 'author'
      ? []
      : [
          collectionPageJsonLd({
            name: listing.name,
            description: listing.description,
            path: listing.basePath,
            items: listing.list.items.map((story) => ({ name: story.title, path: `/articles/${story.slug}` })),
          }),
        ]),
  ];
  return (
    <>
      <JsonLdScript data={structuredData} />
      <StoryListing
        header={listing.header}
        list={listing.list}
        basePath={listing.basePath}
        endpoint={`/api/stories?list=${kind}&slug=${listing.basePath.split('/')[2]}`}
        popular={popular}
      />
    </>
  );
}
