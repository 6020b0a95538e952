import fs from 'node:fs';
import matter from 'gray-matter';
import { contentDir } from './content-dir';
import { readContentManifest } from './content-manifest';
import { loadContent, type ArticleFileCache, type ContentSnapshot } from './load-content';
import { countWords, renderMarkdown } from './markdown';
import type { ArticleMeta, ContentProblem } from './types';

/**
 * The parsed content, kept for the life of the process so no request re-reads the folder.
 * `next dev` reloads it on every call so that edits show on reload; in production an editor's
 * revalidation calls `reloadContent()`. Problems are reported on every load; a build fails on them.
 * Kept on globalThis so that the proxy, route handlers and pages, bundled separately, share one snapshot.
 *
 * A process start takes the front matter from the content check's manifest (content-manifest.ts) and reads only
 * the front matter of files changed since; bodies are read when an article is rendered (the build's check read
 * them all). Later loads re-read only the files whose size or times changed, bodies included, so a revalidation
 * of a 100,000-story archive costs a directory listing and a stat per file.
 */
const STORE = Symbol.for('meridian.content-snapshot');
const FILES = Symbol.for('meridian.content-files');
const store = globalThis as typeof globalThis & { [STORE]?: ContentSnapshot | null; [FILES]?: ArticleFileCache };

function loadFromFolder(): ContentSnapshot {
  const dir = contentDir();
  const starting = store[FILES] === undefined;
  const cache = (store[FILES] ??= readContentManifest(dir));
  return loadContent(dir, { bodies: starting ? 'none' : 'changed', cache });
}

export function getContentSnapshot(): ContentSnapshot {
  const current = store[STORE];
  if (current && process.env.NODE_ENV === 'production') return current;
  const next = loadFromFolder();
  if (next.problems.length > 0) {
    const message = describeProblems(next.problems);
    if (process.env.NEXT_PHASE === 'phase-production-build') throw new Error(message);
    console.error(message);
  }
  store[STORE] = next;
  return next;
}

/**
 * Re-reads the content folder. A folder with problems is not taken: the last good snapshot keeps being
 * served and the problems are returned (and logged) for the editor to fix.
 */
export function reloadContent(): { applied: boolean; snapshot: ContentSnapshot; problems: ContentProblem[] } {
  const next = loadFromFolder();
  const current = store[STORE];
  if (next.problems.length > 0 && current) {
    console.error(`${describeProblems(next.problems)}\nKept the last good content.`);
    return { applied: false, snapshot: current, problems: next.problems };
  }
  if (next.problems.length > 0) console.error(describeProblems(next.problems));
  store[STORE] = next;
  return { applied: true, snapshot: next, problems: next.problems };
}

/** The folder's problems now, without changing what is served (the newsroom shows them to editors). */
export function checkContentFolder(): ContentProblem[] {
  return loadFromFolder().problems;
}

function describeProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`);
  return `Content problems (${problems.length}):\n${lines.join('\n')}`;
}

/** Reads and renders one article's body only when that article is shown. */
export function readArticleBody(meta: ArticleMeta): { html: string; wordCount: number } {
  const { content } = matter(fs.readFileSync(meta.sourcePath, 'utf8'), {});
  return { html: renderMarkdown(content), wordCount: countWords(content) };
}
