import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache-tags';
import { getContentSnapshot } from './content-store';
import { formatRelative } from '../format/dates';
import type { ArticleMeta, ArticleSummary, Author, Section } from './types';
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
 * Declares, inside a 'use cache' scope, how long content-derived data lives and which tags refresh it: the content
 * lifetime, shortened so that the next scheduled story goes live on time, and always the `content` tag.
 */
export function cacheContent(...tags: string[]): void {
  const now = Date.now();
  const { nextPublicationAt } = publicArticles(getContentSnapshot(), now);
  const untilNext = secondsUntilNextPublication(nextPublicationAt, now);
  if (untilNext !== null && untilNext < 300) cacheLife({ stale: 30, revalidate: untilNext, expire: 60 * 60 * 24 * 7 });
  else cacheLife('content');
  cacheTag(CACHE_TAGS.content, ...tags);
}

/** The public slice of the content now: published and due articles, and the sections to summarise them with. */
export function publicView(): PublicView {
  const snapshot = getContentSnapshot();
  const now = Date.now();
  const { articles, bySlug } = publicArticles(snapshot, now);
  const sections = new Map(snapshot.sections.map((s) => [s.slug, s]));
  const authors = new Map(snapshot.authors.map((a) => [a.slug, a]));
  const toSummary = (meta: ArticleMeta): ArticleSummary => toArticleSummary(meta, { sections, authors }, now);
  return { now, articles, bySlug, sections, toSummary };
}

/** Sections and authors by slug, to resolve a summary's section name and byline. */
export interface SummaryLookups {
  sections: ReadonlyMap<string, Section>;
  authors: ReadonlyMap<string, Author>;
}

export function toArticleSummary(
  meta: ArticleMeta,
  { sections, authors }: SummaryLookups,
  now: number,
): ArticleSummary {
  const section = sections.get(meta.sectionSlug);
  return {
    slug: meta.slug,
    title: meta.title,
    dek: meta.dek,
    section: { slug: meta.sectionSlug, name: section?.name ?? meta.sectionSlug },
    authors: meta.authorSlugs.flatMap((slug) => {
      const author = authors.get(slug);
      return author ? [{ slug, name: author.name }] : [];
    }),
    publishedAt: meta.publishedAt,
    publishedAgo: formatRelative(meta.publishedAt, now),
    updatedAt: meta.updatedAt,
    hero: meta.hero,
    status: meta.status,
    ...(meta.live && {
      live: {
        status: meta.live.status,
        latestHeadline: meta.live.updates[0]?.headline ?? null,
        // An edit of an older update changes the story too, so the latest of all their times, not the newest's.
        latestUpdateAt:
          meta.live.updates
            .map((u) => u.updatedAt)
            .sort()
            .at(-1) ?? null,
      },
    }),
  };
}
