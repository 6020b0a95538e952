import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { Article } from '../content/types';
import { jsonFeed11 } from '../../test-support/json-feed-1-1';
import { buildFeed, type FeedFormat } from './feeds';

const article = (slug: string, title: string): Article => ({
  slug,
  title,
  dek: `Dek of ${title}.`,
  publishedAt: '2026-11-27T10:00:00.000Z',
  publishedAgo: 'yesterday',
  updatedAt: '2026-11-27T12:00:00.000Z',
  status: 'published',
  section: { slug: 'markets', name: 'Markets' },
  hero: { src: `/images/articles/${slug}.webp`, alt: 'alt text', caption: 'c', credit: 'c', width: 1600, height: 900 },
  tags: [{ slug: 'bonds', name: 'Bonds', description: 'd' }],
  authors: [{ slug: 'ada', name: 'Ada Writer', role: 'r', bio: 'b', avatar: '/a.webp' }],
  bodyHtml: '<p>Body & <em>more</em></p>',
  wordCount: 3,
  readingMinutes: 1,
  redirectFrom: [],
});
const scope = {
  title: 'Markets | Meridian',
  description: 'Prices.',
  pagePath: '/section/markets',
  feedBase: '/feeds/section/markets/',
};
const items = [article('one', 'First & foremost'), article('two', 'Second story')];
items[1]!.tags.push({ slug: 'r-and-d', name: 'R&D <labs>', description: 'd' });
// Each hero's served size; story two's file is missing.
const sizes: Record<string, number> = { '/images/articles/one.webp': 48_213 };
const build = (format: FeedFormat) => buildFeed(scope, items, format, (src) => sizes[src] ?? null);

describe('feeds', () => {
  it('writes RSS 2.0 that a feed parser reads back', async () => {
    const feed = await new Parser().parseString(build('rss.xml'));
    expect(feed.title).toBe('Markets | Meridian');
    expect(feed.items.map((i) => i.title)).toEqual(['First & foremost', 'Second story']);
    expect(feed.items[0]).toMatchObject({
      link: 'http://localhost:3000/articles/one',
      contentSnippet: 'Dek of First & foremost.',
    });
    expect(feed.items[0]?.categories).toEqual([
      { _: 'Markets', $: { domain: 'http://localhost:3000/section/' } },
      { _: 'Bonds', $: { domain: 'http://localhost:3000/tag/' } },
    ]);
    expect(feed.items[0]?.enclosure?.url).toBe('http://localhost:3000/images/articles/one.webp');
  });

  it('writes Atom that a feed parser reads back, with authors and content', async () => {
    const feed = await new Parser().parseString(build('atom.xml'));
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]?.author).toBe('Ada Writer');
    expect(feed.items[0]?.content).toContain('Body & <em>more</em>');
  });

  it('writes RSS authors as dc:creator in a declared namespace, categories with domains, real enclosure lengths', () => {
    const rss = build('rss.xml');
    expect(rss).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(rss).toContain('<dc:creator>Ada Writer</dc:creator>');
    expect(rss).not.toContain('<author>');
    expect(rss).toContain('<category domain="http://localhost:3000/tag/">R&amp;D &lt;labs&gt;</category>');
    expect(rss).toContain(
      '<enclosure url="http://localhost:3000/images/articles/one.webp" length="48213" type="image/webp"/>',
    );
    expect(rss.match(/<enclosure /g)).toHaveLength(1);
  });

  it('gives every Atom category a term (the slug), a scheme and a label', () => {
    const atom = build('atom.xml');
    expect(atom).toContain('<category term="markets" scheme="http://localhost:3000/section/" label="Markets"/>');
    expect(atom).toContain('label="R&amp;D &lt;labs&gt;"');
    expect(atom).toContain('term="r-and-d"');
    expect(atom).toContain('length="48213"');
    expect(atom).not.toMatch(/<category(?![^>]*term=)/);
  });

  it('writes a JSON Feed 1.1 that the schema accepts, with authors, language and the image size', () => {
    const feed = JSON.parse(build('feed.json'));
    expect(jsonFeed11.safeParse(feed).error?.issues).toBeUndefined();
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'en' });
    expect(feed.items[0]).toMatchObject({
      authors: [{ name: 'Ada Writer', url: 'http://localhost:3000/author/ada' }],
      attachments: [
        { url: 'http://localhost:3000/images/articles/one.webp', mime_type: 'image/webp', size_in_bytes: 48213 },
      ],
    });
    expect(feed.items[1]).not.toHaveProperty('attachments');
    expect(feed.items[1]).toMatchObject({
      id: 'http://localhost:3000/articles/two',
      title: 'Second story',
      summary: 'Dek of Second story.',
      tags: ['Markets', 'Bonds', 'R&D <labs>'],
    });
  });

  it('the JSON Feed schema refuses a version 1 feed and a feed missing what 1.1 requires', () => {
    const feed = JSON.parse(build('feed.json'));
    expect(jsonFeed11.safeParse({ ...feed, version: 'https://jsonfeed.org/version/1' }).success).toBe(false);
    expect(jsonFeed11.safeParse({ ...feed, items: [{ id: 'x' }] }).success).toBe(false);
    expect(jsonFeed11.safeParse({ ...feed, author: { name: 'Old style' } }).success).toBe(false);
  });
});
