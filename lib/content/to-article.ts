import { getContentSnapshot, readArticleBody } from './content-store';
import type { PublicView } from './public-view';
import { readingMinutes } from './reading-time';
import type { Article, ArticleMeta } from './types';

/** A full article (body rendered, tags and authors resolved) from its metadata. */
export function toArticle(meta: ArticleMeta, toSummary: PublicView['toSummary']): Article {
  const snapshot = getContentSnapshot();
  const { html, wordCount } = readArticleBody(meta);
  return {
    ...toSummary(meta),
    tags: meta.tagSlugs.flatMap((slug) => snapshot.tags.filter((tag) => tag.slug === slug)),
    authors: meta.authorSlugs.flatMap((slug) => snapshot.authors.filter((author) => author.slug === slug)),
    bodyHtml: html,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    redirectFrom: meta.redirectFrom,
  };
}
