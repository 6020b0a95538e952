import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlSet,
  chunkSitemapUrls,
  MAX_NEWS_URLS,
  MAX_SITEMAP_BYTES,
  MAX_URLS_PER_SITEMAP,
  type SitemapUrl,
} from './sitemap';

const parser = new XMLParser({ ignoreAttributes: false });

function corpus(count: number, titleLength = 20): SitemapUrl[] {
  return Array.from({ length: count }, (_, i) => ({
    loc: `https://meridian.example/articles/story-${i}`,
    lastmod: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    images: [{ loc: `https://meridian.example/images/articles/story-${i}.webp`, title: 'x'.repeat(titleLength) }],
  }));
}

describe('sitemaps', () => {
  it('writes a valid urlset with lastmod and image:image, escaping URLs', () => {
    const xml = buildUrlSet([
      {
        loc: 'https://meridian.example/a?x=1&y=<2>',
        lastmod: '2026-11-28T08:00:00.000Z',
        images: [{ loc: 'https://meridian.example/i.webp', title: 'Gold & "silver"' }],
      },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const url = parser.parse(xml).urlset.url;
    expect(xml).toContain('a?x=1&amp;y=&lt;2&gt;');
    expect(url.loc).toBe('https://meridian.example/a?x=1&y=<2>');
    expect(url.lastmod).toBe('2026-11-28T08:00:00.000Z');
    expect(url['image:image']['image:loc']).toBe('https://meridian.example/i.webp');
  });

  it('chunks a generated corpus of 120,000 articles into sitemaps of at most 50,000 URLs', () => {
    const urls = corpus(120_000);
    const chunks = chunkSitemapUrls(urls);
    expect(chunks).toEqual([
      { start: 0, end: 50_000 },
      { start: 50_000, end: 100_000 },
      { start: 100_000, end: 120_000 },
    ]);
    const first = buildUrlSet(urls.slice(chunks[0]!.start, chunks[0]!.end));
    expect(Buffer.byteLength(first)).toBeLessThanOrEqual(MAX_SITEMAP_BYTES);
    expect(first.match(/<url>/g)).toHaveLength(MAX_URLS_PER_SITEMAP);
    const covered = chunks.reduce((sum, c) => sum + (c.end - c.start), 0);
    expect(covered).toBe(120_000);
  });

  it('also splits by size before 50 MB', () => {
    const urls = corpus(20_000, 4000);
    const chunks = chunkSitemapUrls(urls);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(Buffer.byteLength(buildUrlSet(urls.slice(chunk.start, chunk.end)))).toBeLessThanOrEqual(MAX_SITEMAP_BYTES);
    }
  });

  it('writes an index and a news sitemap of at most 1,000 stories', () => {
    const index = buildSitemapIndex([
      { loc: 'https://meridian.example/sitemaps/articles/1.xml', lastmod: '2026-11-28T08:00:00.000Z' },
    ]);
    expect(XMLValidator.validate(index)).toBe(true);
    expect(parser.parse(index).sitemapindex.sitemap.loc).toBe('https://meridian.example/sitemaps/articles/1.xml');
    const news = buildNewsSitemap(
      Array.from({ length: 1200 }, (_, i) => ({
        loc: `https://meridian.example/articles/s-${i}`,
        title: `Story ${i} & more`,
        publishedAt: '2026-11-28T08:00:00.000Z',
      })),
      { name: 'Meridian', language: 'en' },
    );
    expect(XMLValidator.validate(news)).toBe(true);
    const urls = parser.parse(news).urlset.url;
    expect(urls).toHaveLength(MAX_NEWS_URLS);
    expect(urls[0]['news:news']['news:publication']).toEqual({ 'news:name': 'Meridian', 'news:language': 'en' });
    expect(urls[0]['news:news']['news:title']).toBe('Story 0 & more');
  });
});
