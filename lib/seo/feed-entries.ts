import type { Article } from '../content/types';
import { absoluteUrl } from '../site-config';

/** A feed and its stories as every format needs them: absolute URLs, dates, category terms and image sizes. */

export interface FeedChannel {
  title: string;
  description: string;
  language: string;
  /** The HTML page the feed mirrors, absolute. */
  pageUrl: string;
  feedUrls: { rss: string; atom: string; json: string };
  iconUrl: string;
  faviconUrl: string;
  rights: string;
  updated: Date;
}

export interface FeedCategory {
  /** Machine-readable key, the slug: Atom's required term. */
  term: string;
  /** What readers see. */
  label: string;
  /** Where the term's pages live: Atom's scheme, RSS's domain. */
  scheme: string;
}

export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: Date;
  updated: Date;
  authors: { name: string; url: string }[];
  categories: FeedCategory[];
  /** The hero image with its served file's size, or null when that file cannot be read (never a made-up 0). */
  image: { url: string; type: string; bytes: number } | null;
}

/** Byte size of a file under public/ by its URL path, or null when it is missing. */
export type PublicFileBytes = (src: string) => number | null;

const IMAGE_TYPES: Record<string, string> = {
  webp: 'image/webp',
  avif: 'image/avif',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
};

export const CATEGORY_SCHEMES = { section: absoluteUrl('/section/'), tag: absoluteUrl('/tag/') };

export function feedEntry(article: Article, fileBytes: PublicFileBytes): FeedEntry {
  const bytes = fileBytes(article.hero.src);
  const type = IMAGE_TYPES[article.hero.src.split('.').pop()?.toLowerCase() ?? ''];
  return {
    url: absoluteUrl(`/articles/${article.slug}`),
    title: article.title,
    summary: article.dek,
    contentHtml: article.bodyHtml,
    published: new Date(article.publishedAt),
    updated: new Date(article.updatedAt),
    authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(`/author/${a.slug}`) })),
    categories: [
      { term: article.section.slug, label: article.section.name, scheme: CATEGORY_SCHEMES.section },
      ...article.tags.map((t) => ({ term: t.slug, label: t.name, scheme: CATEGORY_SCHEMES.tag })),
    ],
    image: bytes !== null && type ? { url: absoluteUrl(article.hero.src), type, bytes } : null,
  };
}
