import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { Article } from '../content/types';
import { buildFeed } from './feeds';

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

describe('feeds', () => {
  it('writes RSS 2.0 that a feed parser reads back', async () => {
    const feed = await new Parser().parseString(buildFeed(scope, items, 'rss.xml'));
    expect(feed.title).toBe('Markets | Meridian');
    expect(feed.items.map((i) => i.title)).toEqual(['First & foremost', 'Second story']);
    expect(feed.items[0]).toMatchObject({
      link: 'http://localhost:3000/articles/one',
      contentSnippet: 'Dek of First & foremost.',
    });
    expect(feed.items[0]?.categories).toEqual(['Markets', 'Bonds']);
    expect(feed.items[0]?.enclosure?.url).toBe('http://localhost:3000/images/articles/one.webp');
  });

  it('writes Atom that a feed parser reads back, with authors and content', async () => {
    const feed = await new Parser().parseString(buildFeed(scope, items, 'atom.xml'));
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]?.author).toBe('Ada Writer');
    expect(feed.items[0]?.content).toContain('Body & <em>more</em>');
  });

  it('writes a JSON Feed 1', () => {
    const feed = JSON.parse(buildFeed(scope, items, 'feed.json'));
    expect(feed.version).toMatch(/jsonfeed\.org\/version\/1/);
    expect(feed.items[1]).toMatchObject({
      id: 'http://localhost:3000/articles/two',
      title: 'Second story',
      summary: 'Dek of Second story.',
    });
  });
});
