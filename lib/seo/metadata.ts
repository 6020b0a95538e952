import type { Metadata } from 'next';
import type { SitePage } from '../content/site-pages';
import { liveFeedBase } from '../content/live-blog';
import type { Article } from '../content/types';
import { absoluteUrl, siteConfig } from '../site-config';
import { feedPaths } from './feeds';
import { heroVariantPath, livePagePath } from './json-ld';
import { HERO_CROPS } from '../images/renditions';

/** Page metadata builders: title, description, canonical, Open Graph, Twitter, robots and feed autodiscovery. */

interface FeedLinks {
  title: string;
  feedBase: string;
}

const SITE_FEEDS: FeedLinks = { title: siteConfig.name, feedBase: '/' };
// The site's social card (app/opengraph-image.tsx), named explicitly because a page's own openGraph replaces it.
const SITE_CARD = {
  url: '/opengraph-image',
  width: 1200,
  height: 630,
  alt: `${siteConfig.name}: ${siteConfig.tagline}`,
};

function feedAlternates(feeds: FeedLinks[]): NonNullable<Metadata['alternates']>['types'] {
  const rss = feeds.map((f) => ({ url: feedPaths(f)['rss.xml'], title: `${f.title} (RSS)` }));
  const atom = feeds.map((f) => ({ url: feedPaths(f)['atom.xml'], title: `${f.title} (Atom)` }));
  const json = feeds.map((f) => ({ url: feedPaths(f)['feed.json'], title: `${f.title} (JSON Feed)` }));
  return { 'application/rss+xml': rss, 'application/atom+xml': atom, 'application/feed+json': json };
}

export function pageTitle(name: string, page: number): string {
  return page > 1 ? `${name} – Page ${page}` : name;
}

export function homeMetadata(page: number): Metadata {
  const path = page > 1 ? `/page/${page}` : '/';
  return {
    title: page > 1 ? pageTitle('Latest stories', page) : { absolute: `${siteConfig.name}: ${siteConfig.tagline}` },
    description: 'Meridian reports on business, technology, markets, policy and the global economy.',
    alternates: { canonical: path, types: feedAlternates([SITE_FEEDS]) },
    openGraph: {
      type: 'website',
      url: path,
      siteName: siteConfig.name,
      locale: siteConfig.locale.replace('-', '_'),
      images: [SITE_CARD],
    },
    twitter: { card: 'summary_large_image' },
    robots: { index: true, follow: true },
  };
}

export function listingMetadata(listing: {
  name: string;
  description: string;
  basePath: string;
  page: number;
  feedBase: string;
}): Metadata {
  const path = listing.page > 1 ? `${listing.basePath}/page/${listing.page}` : listing.basePath;
  const feeds = [{ title: `${listing.name} | ${siteConfig.name}`, feedBase: listing.feedBase }, SITE_FEEDS];
  return {
    title: pageTitle(listing.name, listing.page),
    description: listing.description,
    alternates: { canonical: path, types: feedAlternates(feeds) },
    openGraph: {
      type: 'website',
      url: path,
      siteName: siteConfig.name,
      title: pageTitle(listing.name, listing.page),
      description: listing.description,
      images: [SITE_CARD],
    },
    twitter: { card: 'summary_large_image' },
    robots: { index: true, follow: true },
  };
}

/** A live story's page advertises its updates' feeds before the site's. */
function articleFeeds(article: Article): FeedLinks[] {
  return article.live
    ? [{ title: `${article.title}: live updates`, feedBase: liveFeedBase(article.slug) }, SITE_FEEDS]
    : [SITE_FEEDS];
}

export function articleMetadata(article: Article): Metadata {
  const path = `/articles/${article.slug}`;
  // The story's own picture, as the 16:9 crop social networks show best; pages without one keep SITE_CARD.
  const card = { url: heroVariantPath(article.slug, '16x9'), ...HERO_CROPS['16x9'], alt: article.hero.alt };
  return {
    title: article.title,
    description: article.dek,
    authors: article.authors.map((a) => ({ name: a.name, url: `/author/${a.slug}` })),
    alternates: { canonical: path, types: feedAlternates(articleFeeds(article)) },
    openGraph: {
      type: 'article',
      url: path,
      siteName: siteConfig.name,
      title: article.title,
      description: article.dek,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => absoluteUrl(`/author/${a.slug}`)),
      images: [card],
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.dek, images: [card] },
    robots: { index: true, follow: true, 'max-image-preview': 'large' },
  };
}

/** An older page of a live story's updates: its own canonical address, titled with its page number. */
export function liveArchiveMetadata(article: Article, page: number): Metadata {
  const path = livePagePath(article.slug, page);
  return {
    ...articleMetadata(article),
    title: pageTitle(`${article.title}: updates`, page),
    alternates: { canonical: path, types: feedAlternates(articleFeeds(article)) },
  };
}

/** About, Contact, Privacy, Corrections: indexed at their one address; they advertise the site's feeds only. */
export function sitePageMetadata(page: SitePage): Metadata {
  return singlePageMetadata({ path: `/${page.slug}`, title: page.title, description: page.description });
}

/** A page at one address with no feed of its own (site pages, the Sections and Topics indexes). */
export function singlePageMetadata({ path, ...page }: { path: string; title: string; description: string }): Metadata {
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: path, types: feedAlternates([SITE_FEEDS]) },
    openGraph: {
      type: 'website',
      url: path,
      siteName: siteConfig.name,
      title: page.title,
      description: page.description,
      images: [SITE_CARD],
    },
    twitter: { card: 'summary_large_image' },
    robots: { index: true, follow: true },
  };
}

/** For a route whose page will call notFound(): Next does not apply not-found.tsx's metadata there. */
export const NOT_FOUND_METADATA: Metadata = { title: 'Page not found', robots: { index: false, follow: true } };
