import type { AuthorRecord, SectionRecord, TagRecord } from './schema';

/** App-facing content types, derived once from the validated files (see load-content.ts). */

export type Section = SectionRecord;
export type Tag = TagRecord;
export type Author = AuthorRecord;

export interface HeroImage {
  src: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
}

export type ArticleStatus = 'draft' | 'published';

/** Everything about an article but its body: small enough to keep for a whole archive in memory. */
export interface ArticleMeta {
  slug: string;
  title: string;
  dek: string;
  sectionSlug: string;
  tagSlugs: string[];
  authorSlugs: string[];
  publishedAt: string;
  updatedAt: string;
  status: ArticleStatus;
  priority: number | null;
  hero: HeroImage;
  redirectFrom: string[];
  /** Absolute path of the Markdown file, so the body can be read only when the article is shown. */
  sourcePath: string;
  /** Set for a live story (decision 017): its coverage and its updates, newest first. */
  live?: LiveMeta;
}

export type LiveStatus = 'live' | 'ended';

/** One update of a live story, without its body (read when shown, like an article's). */
export interface LiveUpdateMeta {
  id: string;
  authorSlug: string;
  publishedAt: string;
  updatedAt: string;
  headline: string;
  keyEvent: boolean;
  sourcePath: string;
}

export interface LiveMeta {
  status: LiveStatus;
  coverageStart: string;
  coverageEnd: string | null;
  pinned: string | null;
  updates: LiveUpdateMeta[];
}

/** What a teaser needs, with its section resolved. */
export interface ArticleSummary {
  slug: string;
  title: string;
  dek: string;
  section: Pick<Section, 'slug' | 'name'>;
  /** The byline: who wrote it, in the story's order. */
  authors: Pick<Author, 'slug' | 'name'>[];
  publishedAt: string;
  /** "3 hours ago", as of when the list was cached (lists refresh every few minutes). */
  publishedAgo: string;
  updatedAt: string;
  hero: HeroImage;
  status: ArticleStatus;
  /**
   * A live story's teaser shows a badge and its latest update's headline; feeds date it by the time its updates last
   * changed (null: no update yet).
   */
  live?: { status: LiveStatus; latestHeadline: string | null; latestUpdateAt: string | null };
}

export interface Article extends ArticleSummary {
  tags: Tag[];
  authors: Author[];
  bodyHtml: string;
  wordCount: number;
  /** Whole minutes at an adult's reading pace (reading-time.ts), counted once when the article is loaded. */
  readingMinutes: number;
  redirectFrom: string[];
}

export interface ContentProblem {
  file: string;
  line: number | null;
  field: string;
  message: string;
}

export interface Paged<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
}
