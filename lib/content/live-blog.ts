import fs from 'node:fs';
import matter from 'gray-matter';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache-tags';
import { getContentSnapshot } from './content-store';
import { markdownToText } from '../search/plain-text';
import { renderMarkdown } from './markdown';
import { paginate } from './paginate';
import { cacheContent, publicView, type PublicView } from './public-view';
import { toArticle } from './to-article';
import type { Article, Author, LiveMeta, LiveStatus, LiveUpdateMeta, Paged } from './types';

/** Updates per page of a live story; older ones are on /articles/<slug>/page/<n>. */
export const LIVE_PAGE_SIZE = 20;

/** One update as a page or the readers' JSON shows it: body rendered and sanitised like an article's. */
export interface LiveUpdate {
  id: string;
  headline: string;
  author: Pick<Author, 'slug' | 'name'>;
  publishedAt: string;
  updatedAt: string;
  keyEvent: boolean;
  bodyHtml: string;
  /** The body as plain text, for the JSON-LD's articleBody. */
  bodyText: string;
}

/** An update with the page of the story that shows it now, for its link. */
export interface PagedLiveUpdate extends LiveUpdate {
  page: number;
}

/** A key event in the list at the top, with the page its update is on. */
export interface KeyEvent {
  id: string;
  headline: string;
  publishedAt: string;
  page: number;
}

export interface LiveBlog {
  slug: string;
  status: LiveStatus;
  coverageStart: string;
  coverageEnd: string | null;
  pinned: LiveUpdate | null;
  /** The page the pinned update is on, for its link. */
  pinnedPage: number;
  keyEvents: KeyEvent[];
  updates: Paged<LiveUpdate>;
}

/** What the readers' island polls: the newest updates, small and the same for every reader. */
export interface LiveFeed {
  status: LiveStatus;
  totalUpdates: number;
  updates: LiveUpdate[];
}

/** A page of a public live story's updates, or null (not a live story, not public, past the last page). */
export async function getLiveBlog(slug: string, page: number): Promise<LiveBlog | null> {
  'use cache';
  cacheContent(CACHE_TAGS.article(slug));
  const live = publicLive(slug);
  const updates = live && paginate(live.updates, page, LIVE_PAGE_SIZE);
  if (!live || !updates) return null;
  const pinnedIndex = live.updates.findIndex((u) => u.id === live.pinned);
  const pinned = live.updates[pinnedIndex];
  return {
    slug,
    status: live.status,
    coverageStart: live.coverageStart,
    coverageEnd: live.coverageEnd,
    pinned: (pinned && toLiveUpdate(pinned)) ?? null,
    pinnedPage: pageOf(pinnedIndex),
    keyEvents: live.updates.flatMap((u, index) =>
      u.keyEvent ? [{ id: u.id, headline: u.headline, publishedAt: u.publishedAt, page: pageOf(index) }] : [],
    ),
    updates: { ...updates, items: updates.items.flatMap((u) => toLiveUpdate(u) ?? []) },
  };
}

/**
 * The newest updates of a public live story, for readers' browsers to poll: tagged with the story's live feed tag
 * only, which expires with the story's tag, so that a change to this story refreshes it and nothing else does
 * (decision 017).
 */
export async function getLiveFeed(slug: string): Promise<LiveFeed | null> {
  'use cache';
  cacheLife('content');
  cacheTag(CACHE_TAGS.liveFeed(slug));
  const live = publicLive(slug);
  if (!live) return null;
  // This body runs only when the cached feed is missing or expired: one line per render, so operators can see
  // that readers' polling costs one render per change (the cluster spec counts these lines).
  console.log(`live ${slug}: updates rendered (${live.updates.length} in all)`);
  return {
    status: live.status,
    totalUpdates: live.updates.length,
    updates: live.updates.slice(0, LIVE_PAGE_SIZE).flatMap((u) => toLiveUpdate(u) ?? []),
  };
}

/** Updates in a live story's feeds: the newest, enough for a reader who was away for a day of coverage. */
export const LIVE_FEED_SIZE = 50;

/** Where a live story's feeds are: /feeds/live/<slug>/rss.xml, atom.xml and feed.json. */
export function liveFeedBase(slug: string): string {
  return `/feeds/live/${slug}/`;
}

export interface LiveFeedSource {
  title: string;
  description: string;
  pagePath: string;
  feedBase: string;
  story: Article;
  /** Newest first. */
  updates: PagedLiveUpdate[];
}

/**
 * A public live story and its newest updates for its feeds, or null (not a live story, not public). Tagged with the
 * story's tag, which the desk expires when it posts, so a new update is in the feeds at once.
 */
export async function getLiveFeedSource(slug: string): Promise<LiveFeedSource | null> {
  'use cache';
  cacheContent(CACHE_TAGS.article(slug));
  return liveFeedSource(publicView(), slug);
}

/** getLiveFeedSource's work on a view of the content, outside any cache. */
export function liveFeedSource(view: PublicView, slug: string): LiveFeedSource | null {
  const meta = view.bySlug.get(slug);
  if (!meta?.live) return null;
  const story = toArticle(meta, view.toSummary);
  return {
    title: story.title,
    description: story.dek,
    pagePath: `/articles/${slug}`,
    feedBase: liveFeedBase(slug),
    story,
    updates: meta.live.updates.slice(0, LIVE_FEED_SIZE).flatMap((u, index) => {
      const update = toLiveUpdate(u);
      return update ? [{ ...update, page: pageOf(index) }] : [];
    }),
  };
}

/** Slugs of the public live stories, ongoing first: their older pages are prerendered. */
export async function getLiveStorySlugs(): Promise<string[]> {
  'use cache';
  cacheContent();
  return publicView()
    .articles.filter((a) => a.live)
    .sort((a, b) => Number(b.live!.status === 'live') - Number(a.live!.status === 'live'))
    .map((a) => a.slug);
}

/** The page of a live story that shows its update at `index` (0 = the newest). */
function pageOf(index: number): number {
  return Math.floor(index / LIVE_PAGE_SIZE) + 1;
}

function publicLive(slug: string): LiveMeta | null {
  return publicView().bySlug.get(slug)?.live ?? null;
}

/** The update with its body, or null when its file was removed since the content was loaded (the desk deleted it). */
function toLiveUpdate(meta: LiveUpdateMeta): LiveUpdate | null {
  if (!fs.existsSync(meta.sourcePath)) return null;
  const body = matter(fs.readFileSync(meta.sourcePath, 'utf8'), {}).content;
  const author = getContentSnapshot().authors.find((a) => a.slug === meta.authorSlug);
  return {
    id: meta.id,
    headline: meta.headline,
    author: { slug: meta.authorSlug, name: author?.name ?? meta.authorSlug },
    publishedAt: meta.publishedAt,
    updatedAt: meta.updatedAt,
    keyEvent: meta.keyEvent,
    bodyHtml: renderMarkdown(body),
    bodyText: markdownToText(body),
  };
}
