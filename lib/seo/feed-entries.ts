import type { PagedLiveUpdate } from '../content/live-blog';
import type { Article } from '../content/types';
import { absoluteUrl } from '../site-config';
import { livePagePath } from './json-ld';

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
  /** Never changes for the entry's lifetime: Atom's id, RSS's guid, JSON Feed's id. */
  id: string;
  /** Where the entry is read now; the id too, except for a live update that moves to older pages. */
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

/** Longest summary of a live update, in characters: its whole text is the entry's content. */
const UPDATE_SUMMARY_CHARS = 280;

/** A story. A live one is dated by its latest update (`updated`), so feed readers see it change during coverage. */
export function feedEntry(article: Article, fileBytes: PublicFileBytes): FeedEntry {
  const bytes = fileBytes(article.hero.src);
  const type = IMAGE_TYPES[article.hero.src.split('.').pop()?.toLowerCase() ?? ''];
  const url = absoluteUrl(`/articles/${article.slug}`);
  return {
    id: url,
    url,
    title: article.title,
    summary: article.dek,
    contentHtml: article.bodyHtml,
    published: new Date(article.publishedAt),
    updated: new Date([article.updatedAt, article.live?.latestUpdateAt ?? ''].sort().at(-1)!),
    authors: article.authors.map(authorOf),
    categories: categoriesOf(article),
    image: bytes !== null && type ? { url: absoluteUrl(article.hero.src), type, bytes } : null,
  };
}

/**
 * One update of a live story, filed under the story's section and tags. Its id is the permalink on the story's
 * address, which stays the same; its link is the page that shows it now (older updates move to /page/<n>).
 */
export function liveUpdateEntry(story: Article, update: PagedLiveUpdate): FeedEntry {
  const anchor = `#update-${update.id}`;
  return {
    id: absoluteUrl(`/articles/${story.slug}${anchor}`),
    url: absoluteUrl(`${livePagePath(story.slug, update.page)}${anchor}`),
    title: update.headline,
    summary:
      update.bodyText.length > UPDATE_SUMMARY_CHARS
        ? `${update.bodyText.slice(0, UPDATE_SUMMARY_CHARS - 1).trimEnd()}…`
        : update.bodyText,
    contentHtml: update.bodyHtml,
    published: new Date(update.publishedAt),
    updated: new Date(update.updatedAt),
    authors: [authorOf(update.author)],
    categories: categoriesOf(story),
    image: null,
  };
}

function authorOf(author: { slug: string; name: string }): FeedEntry['authors'][number] {
  return { name: author.name, url: absoluteUrl(`/author/${author.slug}`) };
}

function categoriesOf(article: Article): FeedCategory[] {
  return [
    { term: article.section.slug, label: article.section.name, scheme: CATEGORY_SCHEMES.section },
    ...article.tags.map((t) => ({ term: t.slug, label: t.name, scheme: CATEGORY_SCHEMES.tag })),
  ];
}
