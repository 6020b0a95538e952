import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache-tags';
import { getContentSnapshot } from './content-store';
import { formatRelative } from '../format/dates';
import type { ArticleMeta, ArticleSummary, Section } from './types';
import { publicArticles } from './public-articles';
import { secondsUntilNextPublication } from './visibility';

export interface PublicView {
  now: number;
  /** Published and due articles, newest first. */
  articles: ArticleMeta[];
  bySlug: Map<string, ArticleMeta>;
  sections: Map<string, Section>;
  toSummary: (meta: ArticleMeta) => ArticleSummary;
}

/**
 * The public slice of the content, for use inside a 'use cache' scope: declares the content lifetime
 * (shortened so that the next scheduled story goes live on time) and the given cache tags.
 */
export function publicView(...tags: string[]): PublicView {
  const snapshot = getContentSnapshot();
  const now = Date.now();
  const { articles, bySlug, nextPublicationAt } = publicArticles(snapshot, now);
  const untilNext = secondsUntilNextPublication(nextPublicationAt, now);
  if (untilNext !== null && untilNext < 300) cacheLife({ stale: 30, revalidate: untilNext, expire: 60 * 60 * 24 * 7 });
  else cacheLife('content');
  cacheTag(CACHE_TAGS.content, ...tags);

  const sections = new Map(snapshot.sections.map((s) => [s.slug, s]));
  const toSummary = (meta: ArticleMeta): ArticleSummary => toArticleSummary(meta, sections, now);
  return { now, articles, bySlug, sections, toSummary };
}

export function toArticleSummary(meta: ArticleMeta, sections: Map<string, Section>, now: number): ArticleSummary {
  const section = sections.get(meta.sectionSlug);
  return {
    slug: meta.slug,
    title: meta.title,
    dek: meta.dek,
    section: { slug: meta.sectionSlug, name: section?.name ?? meta.sectionSlug },
    publishedAt: meta.publishedAt,
    publishedAgo: formatRelative(meta.publishedAt, now),
    updatedAt: meta.updatedAt,
    hero: meta.hero,
    status: meta.status,
  };
}
