import type {
  BlogPosting,
  BreadcrumbList,
  CollectionPage,
  LiveBlogPosting,
  NewsArticle,
  NewsMediaOrganization,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { LiveBlog, LiveUpdate } from '../content/live-blog';
import type { Article, ArticleSummary } from '../content/types';
import { absoluteUrl, siteConfig } from '../site-config';

/** JSON-LD builders: typed with schema-dts, one per page type. */

export const HERO_RATIOS = ['16x9', '4x3', '1x1'] as const;
export type HeroRatio = (typeof HERO_RATIOS)[number];

export function heroVariantPath(slug: string, ratio: HeroRatio): string {
  return `/media/articles/${slug}/${ratio}.jpg`;
}

export function organizationJsonLd(): WithContext<NewsMediaOrganization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsMediaOrganization',
    '@id': absoluteUrl('/#organization'),
    name: siteConfig.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png'), width: '600', height: '60' },
  };
}

export function websiteJsonLd(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': absoluteUrl('/#website'),
    name: siteConfig.name,
    url: absoluteUrl('/'),
    inLanguage: siteConfig.language,
    publisher: { '@id': absoluteUrl('/#organization') },
  };
}

export function newsArticleJsonLd(article: Article): WithContext<NewsArticle> {
  const url = absoluteUrl(`/articles/${article.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    image: HERO_RATIOS.map((ratio) => absoluteUrl(heroVariantPath(article.slug, ratio))),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(`/author/${author.slug}`),
    })),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: siteConfig.name,
      url: absoluteUrl('/'),
      logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png'), width: '600', height: '60' },
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name),
    wordCount: article.wordCount,
    isAccessibleForFree: true,
    inLanguage: siteConfig.language,
  };
}

/** The path of a live story's page of updates: the story's own URL for the newest. */
export function livePagePath(slug: string, page: number): string {
  return page > 1 ? `/articles/${slug}/page/${page}` : `/articles/${slug}`;
}

/**
 * A live story (decision 017): the article's properties as a LiveBlogPosting, its coverage times, and one BlogPosting
 * per update on this page, each with its own headline, dates and permanent link.
 */
export function liveBlogPostingJsonLd(article: Article, blog: LiveBlog): WithContext<LiveBlogPosting> {
  const pagePath = livePagePath(blog.slug, blog.updates.page);
  const update = (item: LiveUpdate): BlogPosting => ({
    '@type': 'BlogPosting',
    '@id': absoluteUrl(`${pagePath}#update-${item.id}`),
    url: absoluteUrl(`${pagePath}#update-${item.id}`),
    headline: item.headline,
    datePublished: item.publishedAt,
    dateModified: item.updatedAt,
    author: { '@type': 'Person', name: item.author.name, url: absoluteUrl(`/author/${item.author.slug}`) },
    articleBody: item.bodyText,
  });
  return {
    ...newsArticleJsonLd(article),
    '@type': 'LiveBlogPosting',
    url: absoluteUrl(pagePath),
    coverageStartTime: blog.coverageStart,
    coverageEndTime: blog.coverageEnd ?? expectedCoverageEnd(blog),
    dateModified: [article.updatedAt, ...blog.updates.items.map((u) => u.updatedAt)].sort().at(-1),
    liveBlogUpdate: blog.updates.items.map(update),
  };
}

/** Coverage with no update for this long is as good as over. */
const EXPECTED_QUIET_MS = 24 * 60 * 60 * 1000;

/**
 * Google's live blog documentation asks for coverageEndTime while coverage goes on too, as the time it is expected to
 * end: a day after the newest update on the page (or the start), so it moves on with every update.
 */
function expectedCoverageEnd(blog: LiveBlog): string {
  const newest = Math.max(Date.parse(blog.coverageStart), ...blog.updates.items.map((u) => Date.parse(u.publishedAt)));
  return new Date(newest + EXPECTED_QUIET_MS).toISOString();
}

export interface Crumb {
  name: string;
  path: string;
}

/** An article's place in the site, Home > Section > the story: the BreadcrumbList and the visible trail agree. */
export function articleTrail(article: Pick<ArticleSummary, 'slug' | 'title' | 'section'>): Crumb[] {
  return [
    { name: 'Home', path: '/' },
    { name: article.section.name, path: `/section/${article.section.slug}` },
    { name: article.title, path: `/articles/${article.slug}` },
  ];
}

export function breadcrumbJsonLd(trail: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** A list page and what it lists, in order: stories on a section's page, sections or topics on an index. */
export function collectionPageJsonLd(page: {
  name: string;
  description: string;
  path: string;
  items: Crumb[];
}): WithContext<CollectionPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page.name,
    description: page.description,
    url: absoluteUrl(page.path),
    isPartOf: { '@id': absoluteUrl('/#website') },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: page.items.length,
      itemListElement: page.items.map((item, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: absoluteUrl(item.path),
        name: item.name,
      })),
    },
  };
}

/** JSON for a <script> element: `<` is written as \u003c so no string in the data can close the element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
