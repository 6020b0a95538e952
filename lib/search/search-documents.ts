import fs from 'node:fs';
import matter from 'gray-matter';
import type { ContentSnapshot } from '../content/load-content';
import type { ArticleMeta } from '../content/types';
import { isPublic } from '../content/visibility';
import { markdownToText } from './plain-text';
import type { BodyReader, SearchDocument } from './search-index';

/**
 * The public (published and due) articles of a snapshot as index documents, newest first (as SearchIndex
 * needs them); drafts and scheduled stories never.
 */
export function* publicSearchDocuments(snapshot: ContentSnapshot, now: number): Generator<SearchDocument> {
  const sections = new Map(snapshot.sections.map((s) => [s.slug, s.name]));
  const tags = new Map(snapshot.tags.map((t) => [t.slug, t.name]));
  const authors = new Map(snapshot.authors.map((a) => [a.slug, a.name]));
  const newestFirst = snapshot.articles
    .filter((article) => isPublic(article, now))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  for (const article of newestFirst) {
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

/** The indexed body text of a snapshot's article by slug ('' once its file is gone), for snippets. */
export function searchBodyReader(snapshot: ContentSnapshot): BodyReader {
  const bySlug = new Map(snapshot.articles.map((article) => [article.slug, article]));
  return (slug) => {
    const meta = bySlug.get(slug);
    if (!meta || !fs.existsSync(meta.sourcePath)) return '';
    return readBodyText(meta);
  };
}

function readBodyText(meta: ArticleMeta): string {
  // The snapshot already holds the parsed front matter: a no-op YAML engine skips parsing it again (most of the
  // read cost). Passing options also turns off gray-matter's process-wide cache, which would keep every body.
  const { content } = matter(fs.readFileSync(meta.sourcePath, 'utf8'), { engines: { yaml: () => ({}) } });
  return markdownToText(content);
}
