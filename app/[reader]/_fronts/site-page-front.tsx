import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SitePageArticle } from '@/components/site-page/site-page-article';
import { getSitePage } from '@/lib/content/articles';
import type { SitePageSlug } from '@/lib/content/site-pages';
import { NOT_FOUND_METADATA, sitePageMetadata } from '@/lib/seo/metadata';

/** The routes of the site's own pages (/about, /privacy, ...) are one line each: all of them are built here. */
export async function sitePageFrontMetadata(slug: SitePageSlug): Promise<Metadata> {
  const page = await getSitePage(slug);
  return page ? sitePageMetadata(page) : NOT_FOUND_METADATA;
}

export async function SitePageFront({ slug }: { slug: SitePageSlug }) {
  const page = await getSitePage(slug);
  if (!page) notFound();
  return <SitePageArticle page={page} />;
}
