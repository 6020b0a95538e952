import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { contentDir } from './content-dir';
import { describeIssue, lineOfField, normaliseYamlDates, relative } from './load-content';
import { renderMarkdown } from './markdown';
import { sitePageFrontMatterSchema } from './schema';
import type { ContentProblem } from './types';

/**
 * The site's own pages (About, Contact, Privacy, Corrections), written as Markdown in data/pages/<slug>.md and
 * rendered by the articles' pipeline and sanitiser. Each has a fixed route and a footer link, so every one must exist.
 */
export const SITE_PAGES = [
  { slug: 'about', label: 'About Meridian' },
  { slug: 'contact', label: 'Contact' },
  { slug: 'privacy', label: 'Privacy' },
  { slug: 'corrections', label: 'Corrections' },
] as const;

export type SitePageSlug = (typeof SITE_PAGES)[number]['slug'];

export interface SitePage {
  slug: SitePageSlug;
  title: string;
  description: string;
  updatedAt: string;
  bodyHtml: string;
}

const MAX_PAGE_BYTES = 64 * 1024;

/** Every site page, validated; each problem names the file, line and field. */
export function loadSitePages(dir: string = contentDir()): { pages: SitePage[]; problems: ContentProblem[] } {
  const pages: SitePage[] = [];
  const problems: ContentProblem[] = [];
  for (const { slug } of SITE_PAGES) {
    const result = readSitePage(slug, dir);
    if ('problems' in result) problems.push(...result.problems);
    else pages.push(result.page);
  }
  const pagesDir = path.join(dir, 'pages');
  const known = new Set<string>(SITE_PAGES.map((p) => `${p.slug}.md`));
  for (const name of fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir).sort() : []) {
    if (name.endsWith('.md') && !known.has(name))
      problems.push({
        file: relative(path.join(pagesDir, name)),
        line: null,
        field: '(file)',
        message: `is not a site page (${[...known].join(', ')}); it would never be served`,
      });
  }
  return { pages, problems };
}

/** One site page from its file, or why it cannot be served. */
export function readSitePage(
  slug: SitePageSlug,
  dir: string = contentDir(),
): { page: SitePage } | { problems: ContentProblem[] } {
  const file = path.join(dir, 'pages', `${slug}.md`);
  const problems: ContentProblem[] = [];
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return { problems: [{ file: relative(file), line: null, field: '(file)', message: 'is missing' }] };
  }
  const report = (field: string, message: string) =>
    problems.push({ file: relative(file), line: lineOfField(source, field), field, message });
  if (Buffer.byteLength(source) > MAX_PAGE_BYTES) {
    report('(file)', `is larger than ${MAX_PAGE_BYTES / 1024} KB`);
    return { problems };
  }
  let data: Record<string, unknown>;
  let body: string;
  try {
    const parsed = matter(source, {});
    data = normaliseYamlDates(parsed.data);
    body = parsed.content;
  } catch (error) {
    report('(front matter)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return { problems };
  }
  const front = sitePageFrontMatterSchema.safeParse(data);
  if (!front.success) {
    for (const issue of front.error.issues) report(issue.path.join('.') || '(front matter)', describeIssue(issue));
  }
  if (body.trim() === '') report('(body)', 'is empty');
  if (!front.success || problems.length > 0) return { problems };
  return {
    page: {
      slug,
      title: front.data.title,
      description: front.data.description,
      updatedAt: new Date(front.data.updatedAt).toISOString(),
      bodyHtml: renderMarkdown(body),
    },
  };
}
