import fs from 'node:fs';
import matter from 'gray-matter';
import { loadContent, type ContentSnapshot } from './load-content';
import { countWords, renderMarkdown } from './markdown';
import type { ArticleMeta } from './types';

/**
 * The parsed content, kept for the life of the process so no request re-reads the folder.
 * `next dev` reloads it on every call so that edits show on reload; in production an editor's
 * revalidation calls `reloadContent()`. Problems are reported on every load; a build fails on them.
 */
// Kept on globalThis so the proxy and every route bundle of the server share one snapshot.
const globalKey = Symbol.for('meridian.contentSnapshot');
const holder = globalThis as typeof globalThis & { [globalKey]?: ContentSnapshot | null };

export function getContentSnapshot(): ContentSnapshot {
  const snapshot = holder[globalKey];
  if (snapshot && process.env.NODE_ENV === 'production') return snapshot;
  const next = loadContent();
  if (next.problems.length > 0) {
    const lines = next.problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`);
    const message = `Content problems (${next.problems.length}):\n${lines.join('\n')}`;
    if (process.env.NEXT_PHASE === 'phase-production-build') throw new Error(message);
    console.error(message);
  }
  holder[globalKey] = next;
  return next;
}

export function reloadContent(): ContentSnapshot {
  holder[globalKey] = null;
  return getContentSnapshot();
}

/** Reads and renders one article's body only when that article is shown. */
export function readArticleBody(meta: ArticleMeta): { html: string; wordCount: number } {
  const { content } = matter(fs.readFileSync(meta.sourcePath, 'utf8'), {});
  return { html: renderMarkdown(content), wordCount: countWords(content) };
}
