import fs from 'node:fs';
import matter from 'gray-matter';
import type { ContentSnapshot } from '../content/load-content';
import type { ArticleMeta } from '../content/types';
import { isPublic } from '../content/visibility';
import { markdownToText } from './plain-text';
import type { SearchDocument } from './search-index';

/** The public (published and due) articles of a snapshot as index documents; drafts and scheduled stories never. */
export function* publicSearchDocuments(snapshot: ContentSnapshot, now: number): Generator<SearchDocument> {
  const sections = new Map(snapshot.sections.map((s) => [s.slug, s.name]));
  const tags = new Map(snapshot.tags.map((t) => [t.slug, t.name]));
  const authors = new Map(snapshot.authors.map((a) => [a.slug, a.name]));
  for (const article of snapshot.articles) {
    if (!isPublic(article, now)) continue;
    yield {
      slug: article.slug,
      title: article.title,
      dek: article.dek,
      body: readBodyText(article),
      tags: article.tagSlugs.map((slug) => tags.get(slug) ?? slug),
      tagSlugs: article.tagSlugs,
      authors: article.authorSlugs.map((slug) => authors.get(slug) ?? slug),
      sectionSlug: article.sectionSlug,
      sectionName: sections.get(article.sectionSlug) ?? article.sectionSlug,
      publishedAt: article.publishedAt,
    };
  }
}

function readBodyText(meta: ArticleMeta): string {
  // Options ({}) turn off gray-matter's process-wide cache, which would otherwise keep every body in memory.
  const { content } = matter(fs.readFileSync(meta.sourcePath, 'utf8'), {});
  return markdownToText(content);
}
