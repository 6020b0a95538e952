import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { readFrontMatterHead } from './article-source';
import { describeIssue, lineOfField, normaliseYamlDates, relative } from './load-content';
import { LIVE_UPDATE_BODY_LIMIT, liveUpdateFrontMatterSchema } from './schema';
import type { ArticleMeta, ContentProblem, LiveUpdateMeta } from './types';

/** The folder of a live story's updates: data/live/<story slug>/<update id>.md. */
export function liveFolder(dir: string, slug: string): string {
  return path.join(dir, 'live', slug);
}

/**
 * Gives each live story its updates, newest first, read afresh on every load (a story file does not change when an
 * update is posted), and reports every problem: an update folder without a live story, a file whose front matter
 * is wrong, an unknown author, a body over the cap, a pinned update that does not exist, coverage that ends before
 * it starts. Only front matter is read; bodies are read when shown.
 */
export function attachLiveUpdates(
  dir: string,
  articles: ArticleMeta[],
  authors: ReadonlySet<string>,
  problems: ContentProblem[],
): ArticleMeta[] {
  const liveDir = path.join(dir, 'live');
  const folders = fs.existsSync(liveDir)
    ? fs
        .readdirSync(liveDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
  const liveSlugs = new Set(articles.filter((a) => a.live).map((a) => a.slug));
  const loaded = new Set(articles.map((a) => a.slug));
  // A story file that failed its own checks has been reported already.
  const reported = (folder: string) => !loaded.has(folder) && fs.existsSync(path.join(dir, 'articles', `${folder}.md`));
  for (const folder of folders)
    if (!liveSlugs.has(folder) && !reported(folder))
      problems.push({
        file: relative(path.join(liveDir, folder)),
        line: null,
        field: '(folder)',
        message: `no live story data/articles/${folder}.md (with a live: block) owns these updates`,
      });
  return articles.map((meta) => {
    if (!meta.live) return meta;
    const updates = readUpdates(liveFolder(dir, meta.slug), authors, problems);
    checkSettings(meta, updates, problems);
    return { ...meta, live: { ...meta.live, updates } };
  });
}

function readUpdates(folder: string, authors: ReadonlySet<string>, problems: ContentProblem[]): LiveUpdateMeta[] {
  if (!fs.existsSync(folder)) return [];
  const updates: LiveUpdateMeta[] = [];
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.md'))) {
    const update = readUpdate(path.join(folder, name), authors, problems);
    if (update) updates.push(update);
  }
  return updates.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id));
}

function readUpdate(file: string, authors: ReadonlySet<string>, problems: ContentProblem[]): LiveUpdateMeta | null {
  const head = readFrontMatterHead(file);
  const parsed = parseLiveUpdate(file, head, fs.statSync(file).size - Buffer.byteLength(head), authors);
  if ('problems' in parsed) {
    problems.push(...parsed.problems);
    return null;
  }
  return parsed.update;
}

/**
 * One update file's checks, from its front matter block and its body's size: for the content check, and for the desk
 * before it writes one (the same rules, so the desk never writes a file the check would refuse).
 */
export function parseLiveUpdate(
  file: string,
  head: string,
  bodyBytes: number,
  authors: ReadonlySet<string>,
): { update: LiveUpdateMeta } | { problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) =>
    problems.push({ file: relative(file), line: lineOfField(head, field), field, message });
  let data: Record<string, unknown>;
  try {
    data = normaliseYamlDates(matter(head, {}).data);
  } catch (error) {
    report('(front matter)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return { problems };
  }
  const parsed = liveUpdateFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path.join('.') || '(front matter)', describeIssue(issue));
    return { problems };
  }
  const fm = parsed.data;
  const expectedId = path.basename(file, '.md');
  if (fm.id !== expectedId) report('id', `"${fm.id}" must match the file name "${expectedId}"`);
  if (!authors.has(fm.author)) report('author', `unknown author "${fm.author}" (not in authors.json)`);
  if (fm.updatedAt && Date.parse(fm.updatedAt) < Date.parse(fm.publishedAt))
    report('updatedAt', 'is earlier than publishedAt');
  if (bodyBytes > LIVE_UPDATE_BODY_LIMIT) report('(body)', `is longer than ${LIVE_UPDATE_BODY_LIMIT / 1024} KiB`);
  if (bodyBytes <= 1) report('(body)', 'is empty: an update needs a text');
  if (problems.length > 0) return { problems };
  return {
    update: {
      id: fm.id,
      authorSlug: fm.author,
      publishedAt: new Date(fm.publishedAt).toISOString(),
      updatedAt: new Date(fm.updatedAt ?? fm.publishedAt).toISOString(),
      headline: fm.headline,
      keyEvent: fm.keyEvent ?? false,
      sourcePath: file,
    },
  };
}

function checkSettings(meta: ArticleMeta, updates: LiveUpdateMeta[], problems: ContentProblem[]) {
  const live = meta.live!;
  const file = meta.sourcePath;
  const report = (field: string, message: string) =>
    problems.push({ file: relative(file), line: lineOfField(readFrontMatterHead(file), field), field, message });
  if (live.status === 'ended' && !live.coverageEnd) report('live.coverageEnd', 'is required once coverage has ended');
  if (live.coverageEnd && Date.parse(live.coverageEnd) < Date.parse(live.coverageStart))
    report('live.coverageEnd', 'is earlier than live.coverageStart');
  if (live.pinned && !updates.some((u) => u.id === live.pinned))
    report('live.pinned', `no update "${live.pinned}" in data/live/${meta.slug}/`);
}
