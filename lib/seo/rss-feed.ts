import type { FeedChannel, FeedEntry } from './feed-entries';
import { escapeXml } from './xml';

/**
 * RSS 2.0 written here rather than by the `feed` package: its authors go into <author>, which RSS reserves for an
 * e-mail address, and it declares the Dublin Core namespace only when an item has content. Authors are
 * dc:creator, the namespaces are always declared, text is escaped (no CDATA) and enclosures carry real lengths.
 */
export function rssFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
  const items = entries.map((entry) =>
    [
      '<item>',
      element('title', entry.title),
      element('link', entry.url),
      `<guid isPermaLink="${entry.id === entry.url}">${escapeXml(entry.id)}</guid>`,
      element('pubDate', entry.published.toUTCString()),
      element('description', entry.summary),
      element('content:encoded', entry.contentHtml),
      ...entry.authors.map((author) => element('dc:creator', author.name)),
      ...entry.categories.map((c) => `<category domain="${escapeXml(c.scheme)}">${escapeXml(c.label)}</category>`),
      entry.image
        ? `<enclosure url="${escapeXml(entry.image.url)}" length="${entry.image.bytes}" type="${entry.image.type}"/>`
        : '',
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.pageUrl),
    element('description', channel.description),
    element('language', channel.language),
    element('copyright', channel.rights),
    element('lastBuildDate', channel.updated.toUTCString()),
    element('generator', 'Meridian'),
    `<atom:link href="${escapeXml(channel.feedUrls.rss)}" rel="self" type="application/rss+xml"/>`,
    `<image>${element('url', channel.iconUrl)}${element('title', channel.title)}${element('link', channel.pageUrl)}</image>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
