import type { FeedChannel, FeedEntry } from './feed-entries';
import { escapeXml } from './xml';

/**
 * Atom 1.0 written here, like RSS: the `feed` package leaves `<` unescaped in attributes (a tag named "R&D <labs>"
 * made the document ill-formed). Categories carry term (the slug), scheme and label; enclosures real lengths.
 */
export function atomFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
  const link = (attributes: Record<string, string | number>) =>
    `<link${Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
      .join('')}/>`;
  const person = (author: FeedEntry['authors'][number]) =>
    `<author>${element('name', author.name)}${element('uri', author.url)}</author>`;
  const html = ' type="html"';
  const entryXml = (entry: FeedEntry) =>
    [
      '<entry>',
      element('title', entry.title),
      element('id', entry.id),
      link({ rel: 'alternate', type: 'text/html', href: entry.url }),
      entry.image
        ? link({ rel: 'enclosure', type: entry.image.type, length: entry.image.bytes, href: entry.image.url })
        : '',
      element('published', entry.published.toISOString()),
      element('updated', entry.updated.toISOString()),
      ...entry.authors.map(person),
      ...entry.categories.map(
        (c) => `<category term="${escapeXml(c.term)}" scheme="${escapeXml(c.scheme)}" label="${escapeXml(c.label)}"/>`,
      ),
      element('summary', entry.summary),
      element('content', entry.contentHtml, html),
      '</entry>',
    ].join('');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">`,
    element('id', channel.pageUrl),
    element('title', channel.title),
    element('subtitle', channel.description),
    element('updated', channel.updated.toISOString()),
    link({ rel: 'alternate', type: 'text/html', href: channel.pageUrl }),
    link({ rel: 'self', type: 'application/atom+xml', href: channel.feedUrls.atom }),
    element('icon', channel.faviconUrl),
    element('logo', channel.iconUrl),
    element('rights', channel.rights),
    element('generator', 'Meridian'),
    ...entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
