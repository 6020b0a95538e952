import { escapeXml } from './xml';

/** Sitemap XML builders (sitemaps.org, with Google's image and news extensions). */

export const MAX_URLS_PER_SITEMAP = 50_000;
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;
export const MAX_NEWS_URLS = 1000;
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  images?: { loc: string; title?: string }[];
}

export interface NewsUrl {
  loc: string;
  title: string;
  publishedAt: string;
}

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

function urlXml(url: SitemapUrl): string {
  const images = (url.images ?? [])
    .map(
      (image) =>
        `<image:image><image:loc>${escapeXml(image.loc)}</image:loc>${image.title ? `<image:title>${escapeXml(image.title)}</image:title>` : ''}</image:image>`,
    )
    .join('');
  return `<url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}${images}</url>\n`;
}

export function buildUrlSet(urls: readonly SitemapUrl[]): string {
  return `${HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n${urls.map(urlXml).join('')}</urlset>\n`;
}

export function buildSitemapIndex(sitemaps: readonly { loc: string; lastmod?: string }[]): string {
  const entries = sitemaps
    .map(
      (s) => `<sitemap><loc>${escapeXml(s.loc)}</loc>${s.lastmod ? `<lastmod>${s.lastmod}</lastmod>` : ''}</sitemap>\n`,
    )
    .join('');
  return `${HEADER}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}

/**
 * Splits URLs into sitemaps of at most 50,000 URLs and 50 MB each (the protocol's limits), in order.
 * Returns the index ranges, so a chunk can be rebuilt from its number alone.
 */
export function chunkSitemapUrls(urls: readonly SitemapUrl[]): { start: number; end: number }[] {
  const chunks: { start: number; end: number }[] = [];
  const overhead = buildUrlSet([]).length;
  let start = 0;
  let bytes = overhead;
  for (let i = 0; i < urls.length; i += 1) {
    const size = Buffer.byteLength(urlXml(urls[i]!));
    if (i - start === MAX_URLS_PER_SITEMAP || bytes + size > MAX_SITEMAP_BYTES) {
      chunks.push({ start, end: i });
      start = i;
      bytes = overhead;
    }
    bytes += size;
  }
  if (urls.length > start || chunks.length === 0) chunks.push({ start, end: urls.length });
  return chunks;
}

/** Google News sitemap: stories of the last 48 hours, at most 1,000. */
export function buildNewsSitemap(urls: readonly NewsUrl[], publication: { name: string; language: string }): string {
  const entries = urls
    .slice(0, MAX_NEWS_URLS)
    .map(
      (u) =>
        `<url><loc>${escapeXml(u.loc)}</loc><news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${publication.language}</news:language></news:publication><news:publication_date>${u.publishedAt}</news:publication_date><news:title>${escapeXml(u.title)}</news:title></news:news></url>\n`,
    )
    .join('');
  return `${HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${entries}</urlset>\n`;
}
