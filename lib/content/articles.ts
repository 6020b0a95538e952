import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache-tags';
import { articleIndex, positionsOf } from './article-index';
import { getContentSnapshot } from './content-store';
import { sectionDirectory, topicDirectory, type SectionDirectoryEntry, type TopicLetterGroup } from './directories';
import { paginate } from './paginate';
import { cacheContent, publicView, type PublicView } from './public-view';
import { rankRelated } from './related';
import { readSitePage, type SitePage, type SitePageSlug } from './site-pages';
import { toArticle } from './to-article';
import type { Article, ArticleSummary, Author, Paged, Section, Tag } from './types';

/**
 * The content API for pages: small typed getters over the public content, each cached with 'use cache'
 * and tagged (see cache-tags.ts) so that a revalidation refreshes exactly what it touches.
 */

/** The newest `limit` stories but `excludeSlug`: one cache entry shared by every article page, not one per story. */
export async function getRecentArticles(limit: number, excludeSlug?: string): Promise<ArticleSummary[]> {
  const newest = await getNewestArticles(limit + 1);
  return newest.filter((a) => a.slug !== excludeSlug).slice(0, limit);
}

async function getNewestArticles(count: number): Promise<ArticleSummary[]> {
  'use cache';
  cacheContent();
  const view = publicView();
  return view.articles.slice(0, count).map(view.toSummary);
}

export async function getSections(): Promise<Section[]> {
  'use cache';
  cacheContent();
  return getContentSnapshot().sections;
}

/** The Sections index (/section): every section with its story count and newest story. */
export async function getSectionDirectory(): Promise<SectionDirectoryEntry[]> {
  'use cache';
  cacheContent();
  return sectionDirectory(publicView());
}

/** The Topics A–Z index (/tag): every topic with public stories, grouped by initial. */
export async function getTopicDirectory(): Promise<TopicLetterGroup[]> {
  'use cache';
  cacheContent();
  return topicDirectory(getContentSnapshot().tags, publicView().articles);
}

export async function getSectionPage(
  slug: string,
  page: number,
): Promise<{ section: Section; list: Paged<ArticleSummary> } | null> {
  'use cache';
  cacheContent(CACHE_TAGS.section(slug));
  const view = publicView();
  const section = view.sections.get(slug);
  if (!section) return null;
  const list = listPage(view, positionsOf(articleIndex(view.articles).bySection, slug), page);
  return list ? { section, list } : null;
}

export async function getTagPage(
  slug: string,
  page: number,
): Promise<{ tag: Tag; list: Paged<ArticleSummary> } | null> {
  'use cache';
  cacheContent(CACHE_TAGS.tag(slug));
  const view = publicView();
  const tag = getContentSnapshot().tags.find((t) => t.slug === slug);
  if (!tag) return null;
  const list = listPage(view, positionsOf(articleIndex(view.articles).byTag, slug), page);
  return list ? { tag, list } : null;
}

export async function getAuthorPage(
  slug: string,
  page: number,
): Promise<{ author: Author; list: Paged<ArticleSummary> } | null> {
  'use cache';
  cacheContent(CACHE_TAGS.author(slug));
  const view = publicView();
  const author = getContentSnapshot().authors.find((a) => a.slug === slug);
  if (!author) return null;
  const list = listPage(view, positionsOf(articleIndex(view.articles).byAuthor, slug), page);
  return list ? { author, list } : null;
}

/** A public article with its rendered body, or null for unknown, draft and not-yet-due slugs. */
export async function getArticle(slug: string): Promise<Article | null> {
  'use cache';
  cacheContent(CACHE_TAGS.article(slug));
  const view = publicView();
  const meta = view.bySlug.get(slug);
  return meta ? toArticle(meta, view.toSummary) : null;
}

export async function getRelatedArticles(slug: string, limit: number): Promise<ArticleSummary[]> {
  'use cache';
  cacheContent(CACHE_TAGS.article(slug));
  const view = publicView();
  const meta = view.bySlug.get(slug);
  return meta ? rankRelated(meta, view.articles, limit).map(view.toSummary) : [];
}

/** A site page (About, Privacy, ...) for its route: refreshed by the content tag or its own; null when unusable. */
export async function getSitePage(slug: SitePageSlug): Promise<SitePage | null> {
  'use cache';
  cacheLife('content');
  cacheTag(CACHE_TAGS.content, CACHE_TAGS.sitePage(slug));
  const result = readSitePage(slug);
  if ('page' in result) return result.page;
  console.error(result.problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n'));
  return null;
}

/** Slugs to prerender at build time: the newest stories; the rest render on first request and stay cached. */
export async function getPrerenderSlugs(limit: number): Promise<string[]> {
  'use cache';
  cacheContent();
  return publicView()
    .articles.slice(0, limit)
    .map((a) => a.slug);
}

export async function getAllSectionSlugs(): Promise<string[]> {
  'use cache';
  cacheContent();
  return getContentSnapshot().sections.map((s) => s.slug);
}

/** Topics with at least one public story (an empty topic page is a 404). */
export async function getAllTagSlugs(): Promise<string[]> {
  'use cache';
  cacheContent();
  const { articles } = publicView();
  const used = new Set(articles.flatMap((a) => a.tagSlugs));
  return getContentSnapshot()
    .tags.map((t) => t.slug)
    .filter((slug) => used.has(slug));
}

export async function getAllAuthorSlugs(): Promise<string[]> {
  'use cache';
  cacheContent();
  return getContentSnapshot().authors.map((a) => a.slug);
}

function mapPage<A, B>(page: Paged<A> | null, map: (item: A) => B): Paged<B> | null {
  return page ? { ...page, items: page.items.map(map) } : null;
}

/** One page of an indexed list (positions in view.articles): only that page's stories are looked up. */
function listPage(view: PublicView, positions: Int32Array, page: number): Paged<ArticleSummary> | null {
  return mapPage(paginate(positions, page), (position) => view.toSummary(view.articles[position]!));
}
