import { cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache-tags';
import { absoluteUrl, siteConfig } from '../site-config';
import { NEWS_WINDOW_MS, type NewsUrl, type SitemapUrl } from '../seo/sitemap';
import { getContentSnapshot } from './content-store';
import { DIRECTORY_PAGES } from './directories';
import { cacheContent, publicView } from './public-view';
import { loadSitePages } from './site-pages';
import { toArticle } from './to-article';
import type { Article } from './types';

/** Public content shaped for crawlers and feed readers: sitemaps, the news sitemap and feeds. Cached like pages. */

export async function getArticleSitemapUrls(): Promise<SitemapUrl[]> {
  'use cache';
  cacheContent();
  return publicView().articles.map((a) => ({
    loc: absoluteUrl(`/articles/${a.slug}`),
    lastmod: a.updatedAt,
    images: [{ loc: absoluteUrl(a.hero.src), title: a.hero.alt }],
  }));
}

export type ListingKind = 'sections' | 'tags' | 'authors' | 'pages';

/**
 * Section, tag and author pages that have stories (empty ones are 404s and stay out of the sitemap), and the
 * site's own pages (About, Privacy, ...), each with the date its file says it changed, and the Sections and Topics
 * indexes, which change with the newest story.
 */
export async function getListingSitemapUrls(kind: ListingKind): Promise<SitemapUrl[]> {
  'use cache';
  cacheContent();
  const { articles } = publicView();
  if (kind === 'pages')
    return [
      ...loadSitePages().pages.map((p) => ({ loc: absoluteUrl(`/${p.slug}`), lastmod: p.updatedAt })),
      ...Object.values(DIRECTORY_PAGES).map((page) => ({
        loc: absoluteUrl(page.path),
        lastmod: articles[0]?.updatedAt,
      })),
    ];
  const snapshot = getContentSnapshot();
  const lastmodOf = (match: (a: (typeof articles)[number]) => boolean) => articles.find(match)?.updatedAt;
  const entries =
    kind === 'sections'
      ? snapshot.sections.map((s) => ({
          path: `/section/${s.slug}`,
          lastmod: lastmodOf((a) => a.sectionSlug === s.slug),
        }))
      : kind === 'tags'
        ? snapshot.tags.map((t) => ({ path: `/tag/${t.slug}`, lastmod: lastmodOf((a) => a.tagSlugs.includes(t.slug)) }))
        : snapshot.authors.map((p) => ({
            path: `/author/${p.slug}`,
            lastmod: lastmodOf((a) => a.authorSlugs.includes(p.slug)),
          }));
  return entries.filter((e) => e.lastmod).map((e) => ({ loc: absoluteUrl(e.path), lastmod: e.lastmod }));
}

export async function getNewsSitemapUrls(): Promise<NewsUrl[]> {
  'use cache';
  cacheContent();
  const view = publicView();
  return (
    view.articles
      // A live story stays in while its coverage goes on, however long ago it began (decision 017).
      .filter((a) => a.live?.status === 'live' || view.now - Date.parse(a.publishedAt) <= NEWS_WINDOW_MS)
      .map((a) => ({ loc: absoluteUrl(`/articles/${a.slug}`), title: a.title, publishedAt: a.publishedAt }))
  );
}

export const FEED_SIZE = 50;

export interface FeedSource {
  title: string;
  description: string;
  pagePath: string;
  feedBase: string;
  articles: Article[];
}

/** Listings with their own feeds under /feeds/KIND/SLUG/; the site's are at /feed.xml, /atom.xml and /feed.json. */
export const LISTING_FEED_KINDS = ['section', 'tag', 'author'] as const;
export type FeedKind = 'site' | (typeof LISTING_FEED_KINDS)[number];

/** The newest 50 stories of the site, a section, a tag or an author, with full content; null for an unknown slug. */
export async function getFeedSource(kind: FeedKind, slug: string | null): Promise<FeedSource | null> {
  'use cache';
  cacheContent();
  const view = publicView();
  const snapshot = getContentSnapshot();
  const take = (filter: (a: (typeof view.articles)[number]) => boolean) => {
    const metas = view.articles.filter(filter).slice(0, FEED_SIZE);
    // A live story's entry is dated by its latest update: the desk's post, which expires only the story's tag,
    // refreshes the feeds that list it too.
    for (const meta of metas) if (meta.live) cacheTag(CACHE_TAGS.article(meta.slug));
    return metas.map((meta) => toArticle(meta, view.toSummary));
  };
  if (kind === 'site') {
    return {
      title: siteConfig.name,
      description: `${siteConfig.name}: ${siteConfig.tagline}`,
      pagePath: '/',
      feedBase: '/',
      articles: take(() => true),
    };
  }
  if (kind === 'section') {
    const section = snapshot.sections.find((s) => s.slug === slug);
    if (!section) return null;
    return {
      title: `${section.name} | ${siteConfig.name}`,
      description: section.description,
      pagePath: `/section/${section.slug}`,
      feedBase: `/feeds/section/${section.slug}/`,
      articles: take((a) => a.sectionSlug === section.slug),
    };
  }
  if (kind === 'author') {
    const author = snapshot.authors.find((a) => a.slug === slug);
    if (!author) return null;
    return {
      title: `${author.name} | ${siteConfig.name}`,
      description: `Stories by ${author.name}, ${author.role}.`,
      pagePath: `/author/${author.slug}`,
      feedBase: `/feeds/author/${author.slug}/`,
      articles: take((a) => a.authorSlugs.includes(author.slug)),
    };
  }
  const tag = snapshot.tags.find((t) => t.slug === slug);
  if (!tag) return null;
  return {
    title: `${tag.name} | ${siteConfig.name}`,
    description: tag.description,
    pagePath: `/tag/${tag.slug}`,
    feedBase: `/feeds/tag/${tag.slug}/`,
    articles: take((a) => a.tagSlugs.includes(tag.slug)),
  };
}
