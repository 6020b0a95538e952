import type { Article } from '../content/types';
import { absoluteUrl, siteConfig } from '../site-config';
import { atomFeed } from './atom-feed';
import { feedEntry, type FeedChannel, type PublicFileBytes } from './feed-entries';
import { jsonFeed } from './json-feed';
import { rssFeed } from './rss-feed';

export const FEED_FORMATS = ['rss.xml', 'atom.xml', 'feed.json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
};

export interface FeedScope {
  title: string;
  description: string;
  /** The HTML page the feed mirrors, e.g. /section/markets */
  pagePath: string;
  /** Where this scope's feeds live: / for the site, /feeds/section/markets/ for a section */
  feedBase: string;
}

/** Feed URLs for a scope: the site's at /feed.xml, /atom.xml, /feed.json; sections' and tags' under /feeds/. */
export function feedPaths(scope: Pick<FeedScope, 'feedBase'>): Record<FeedFormat, string> {
  if (scope.feedBase === '/') return { 'rss.xml': '/feed.xml', 'atom.xml': '/atom.xml', 'feed.json': '/feed.json' };
  return {
    'rss.xml': `${scope.feedBase}rss.xml`,
    'atom.xml': `${scope.feedBase}atom.xml`,
    'feed.json': `${scope.feedBase}feed.json`,
  };
}

/**
 * RSS 2.0, Atom and JSON Feed 1.1 of the newest stories, with summary, full content, authors, categories and hero
 * image; `fileBytes` gives each image's served size for the enclosures.
 */
export function buildFeed(
  scope: FeedScope,
  articles: readonly Article[],
  format: FeedFormat,
  fileBytes: PublicFileBytes,
): string {
  const paths = feedPaths(scope);
  const channel: FeedChannel = {
    title: scope.title,
    description: scope.description,
    language: siteConfig.language,
    pageUrl: absoluteUrl(scope.pagePath),
    feedUrls: {
      rss: absoluteUrl(paths['rss.xml']),
      atom: absoluteUrl(paths['atom.xml']),
      json: absoluteUrl(paths['feed.json']),
    },
    iconUrl: absoluteUrl('/logo.png'),
    faviconUrl: absoluteUrl('/favicon.ico'),
    rights: `© ${siteConfig.name}`,
    updated: articles[0] ? new Date(articles[0].updatedAt) : new Date(0),
  };
  const entries = articles.map((article) => feedEntry(article, fileBytes));
  if (format === 'rss.xml') return rssFeed(channel, entries);
  if (format === 'atom.xml') return atomFeed(channel, entries);
  return jsonFeed(channel, entries);
}
