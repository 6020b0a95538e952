import type { LiveFeedSource } from '../content/live-blog';
import type { Article } from '../content/types';
import { absoluteUrl, siteConfig } from '../site-config';
import { atomFeed } from './atom-feed';
import { feedEntry, liveUpdateEntry, type FeedChannel, type FeedEntry, type PublicFileBytes } from './feed-entries';
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

/** A scope's channel, dated `updated`: when the newest of its entries (or what it describes) last changed. */
function feedChannel(scope: FeedScope, updated: Date): FeedChannel {
  const paths = feedPaths(scope);
  return {
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
    updated,
  };
}

function latestOf(dates: readonly Date[]): Date {
  return new Date(Math.max(0, ...dates.map((date) => date.getTime())));
}

/** A channel and its entries, whatever they come from (stories, a live story's updates), in one of the formats. */
function renderFeed(channel: FeedChannel, entries: readonly FeedEntry[], format: FeedFormat): string {
  if (format === 'rss.xml') return rssFeed(channel, entries);
  if (format === 'atom.xml') return atomFeed(channel, entries);
  return jsonFeed(channel, entries);
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
  const entries = articles.map((article) => feedEntry(article, fileBytes));
  return renderFeed(feedChannel(scope, latestOf(entries.map((e) => e.updated))), entries, format);
}

/** One entry per update of a live story, newest first, in a channel named after the story and linked to its page. */
export function buildLiveFeed(source: LiveFeedSource, format: FeedFormat): string {
  const { story } = source;
  const entries = source.updates.map((update) => liveUpdateEntry(story, update));
  // The story's own edits (its headline, its summary) count too: the channel shows them.
  const updated = latestOf([new Date(story.updatedAt), ...entries.map((e) => e.updated)]);
  return renderFeed(feedChannel(source, updated), entries, format);
}
