import {
  getArticleSitemapUrls,
  getFeedSource,
  getListingSitemapUrls,
  getNewsSitemapUrls,
  type FeedKind,
  type ListingKind,
} from '../content/syndication';
import { publicFileBytes } from '../images/public-file-bytes';
import { absoluteUrl, siteConfig } from '../site-config';
import { getLiveFeedSource } from '../content/live-blog';
import { buildFeed, buildLiveFeed, type FeedFormat } from './feeds';
import { buildNewsSitemap, buildSitemapIndex, buildUrlSet, chunkSitemapUrls } from './sitemap';

/** The XML and JSON documents crawlers and feed readers fetch, built from cached content (so cached alike). */

export const LISTING_SITEMAPS: ListingKind[] = ['sections', 'tags', 'authors', 'pages'];

export async function getSitemapIndexXml(): Promise<string> {
  'use cache';
  const urls = await getArticleSitemapUrls();
  const chunks = chunkSitemapUrls(urls);
  const lastmodOf = (start: number, end: number) =>
    urls.slice(start, end).reduce((max, u) => ((u.lastmod ?? '') > max ? (u.lastmod ?? '') : max), '');
  const listingLastmod = urls[0]?.lastmod;
  return buildSitemapIndex([
    ...chunks.map((chunk, index) => ({
      loc: absoluteUrl(`/sitemaps/articles/${index + 1}.xml`),
      lastmod: lastmodOf(chunk.start, chunk.end) || undefined,
    })),
    ...LISTING_SITEMAPS.map((kind) => ({ loc: absoluteUrl(`/sitemaps/${kind}.xml`), lastmod: listingLastmod })),
  ]);
}

/** Article sitemap number `n` (1-based), or null when there is no such chunk. */
export async function getArticleSitemapXml(n: number): Promise<string | null> {
  'use cache';
  const urls = await getArticleSitemapUrls();
  const chunk = chunkSitemapUrls(urls)[n - 1];
  return chunk ? buildUrlSet(urls.slice(chunk.start, chunk.end)) : null;
}

export async function getListingSitemapXml(kind: ListingKind): Promise<string> {
  'use cache';
  return buildUrlSet(await getListingSitemapUrls(kind));
}

export async function getNewsSitemapXml(): Promise<string> {
  'use cache';
  return buildNewsSitemap(await getNewsSitemapUrls(), { name: siteConfig.name, language: siteConfig.language });
}

export async function getFeedDocument(kind: FeedKind, slug: string | null, format: FeedFormat): Promise<string | null> {
  'use cache';
  const source = await getFeedSource(kind, slug);
  return source ? buildFeed(source, source.articles, format, publicFileBytes) : null;
}

/** A live story's feed of its updates, or null when the slug is not a public live story. */
export async function getLiveFeedDocument(slug: string, format: FeedFormat): Promise<string | null> {
  'use cache';
  const source = await getLiveFeedSource(slug);
  return source ? buildLiveFeed(source, format) : null;
}
