import { Feed } from 'feed';
import type { Article } from '../content/types';
import { absoluteUrl, siteConfig } from '../site-config';

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

/** RSS 2.0, Atom and JSON Feed of the newest stories, with summary, full content, authors, categories and hero image. */
export function buildFeed(scope: FeedScope, articles: readonly Article[], format: FeedFormat): string {
  const paths = feedPaths(scope);
  const feed = new Feed({
    title: scope.title,
    description: scope.description,
    id: absoluteUrl(scope.pagePath),
    link: absoluteUrl(scope.pagePath),
    language: siteConfig.language,
    image: absoluteUrl('/logo.png'),
    favicon: absoluteUrl('/favicon.ico'),
    copyright: `© ${siteConfig.name}`,
    updated: articles[0] ? new Date(articles[0].updatedAt) : new Date(0),
    generator: 'Meridian',
    feedLinks: {
      rss: absoluteUrl(paths['rss.xml']),
      atom: absoluteUrl(paths['atom.xml']),
      json: absoluteUrl(paths['feed.json']),
    },
  });
  for (const article of articles) {
    const url = absoluteUrl(`/articles/${article.slug}`);
    feed.addItem({
      title: article.title,
      id: url,
      guid: url,
      link: url,
      description: article.dek,
      content: article.bodyHtml,
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt),
      author: article.authors.map((a) => ({ name: a.name, link: absoluteUrl(`/author/${a.slug}`) })),
      category: [{ name: article.section.name }, ...article.tags.map((t) => ({ name: t.name }))],
      image: { url: absoluteUrl(article.hero.src), type: 'image/webp' },
    });
  }
  if (format === 'rss.xml') return feed.rss2();
  if (format === 'atom.xml') return feed.atom1();
  return feed.json1();
}
