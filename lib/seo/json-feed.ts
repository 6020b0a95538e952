import type { FeedChannel, FeedEntry } from './feed-entries';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), built here: the `feed` package writes version 1 only (a single
 * `author`, no `language`). Authors are arrays; the hero image is also an attachment with its real size.
 */
export function jsonFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.pageUrl,
    feed_url: channel.feedUrls.json,
    description: channel.description,
    icon: channel.iconUrl,
    favicon: channel.faviconUrl,
    language: channel.language,
    items: entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.contentHtml,
      date_published: entry.published.toISOString(),
      date_modified: entry.updated.toISOString(),
      authors: entry.authors,
      tags: entry.categories.map((c) => c.label),
      ...(entry.image
        ? {
            image: entry.image.url,
            attachments: [{ url: entry.image.url, mime_type: entry.image.type, size_in_bytes: entry.image.bytes }],
          }
        : {}),
    })),
  });
}
