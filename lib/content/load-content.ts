import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { contentDir, publicDir } from './content-dir';
import { extractInternalLinks, reportBrokenLinks, type InternalLink } from './internal-links';
import { articleFrontMatterSchema, authorSchema, sectionSchema, tagSchema } from './schema';
import type { ArticleMeta, Author, ContentProblem, Section, Tag } from './types';

/** Everything in data/ but the article bodies, validated: the one reader of the content folder. */
export interface ContentSnapshot {
  articles: ArticleMeta[];
  sections: Section[];
  tags: Tag[];
  authors: Author[];
  problems: ContentProblem[];
}

const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export function loadContent(dir: string = contentDir()): ContentSnapshot {
  const problems: ContentProblem[] = [];
  const sections = readRegistry(dir, 'sections.json', sectionSchema, problems);
  const tags = readRegistry(dir, 'tags.json', tagSchema, problems);
  const authors = readRegistry(dir, 'authors.json', authorSchema, problems);
  const articlesDir = path.join(dir, 'articles');
  const files = fs.existsSync(articlesDir)
    ? fs.readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort()
    : [];
  if (files.length === 0) problems.push({ file: relative(articlesDir), line: null, field: '(folder)', message: 'holds no .md articles' });

  const known = {
    sections: new Set(sections.map((s) => s.slug)),
    tags: new Set(tags.map((t) => t.slug)),
    authors: new Set(authors.map((a) => a.slug)),
  };
  const articles: ArticleMeta[] = [];
  const slugOwners = new Map<string, string>();
  const bodyLinks = new Map<ArticleMeta, InternalLink[]>();
  for (const name of files) {
    const article = readArticle(path.join(articlesDir, name), known, slugOwners, problems, bodyLinks);
    if (article) articles.push(article);
  }
  reportRedirectCollisions(articles, problems);
  reportBodyLinks(articles, bodyLinks, known, problems);
  return { articles, sections, tags, authors, problems };
}

function readRegistry<S extends z.ZodType>(dir: string, name: string, schema: S, problems: ContentProblem[]): z.infer<S>[] {
  const file = path.join(dir, name);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: relative(file), line: null, field: '(file)', message: `cannot be read as JSON: ${(error as Error).message}` });
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push({ file: relative(file), line: null, field: '(file)', message: 'must be a JSON array' });
    return [];
  }
  const records: z.infer<S>[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: relative(file), line: null, field: `[${index}].${issue.path.join('.')}`, message: issue.message });
      }
      return;
    }
    const record = parsed.data as z.infer<S> & { slug: string };
    if (seen.has(record.slug)) {
      problems.push({ file: relative(file), line: null, field: `[${index}].slug`, message: `duplicate slug "${record.slug}"` });
      return;
    }
    seen.add(record.slug);
    records.push(record);
  });
  return records;
}

interface KnownSlugs {
  sections: Set<string>;
  tags: Set<string>;
  authors: Set<string>;
}

/** slugOwners maps each slug seen so far to its file: the first file (by name) keeps a duplicated slug. */
function readArticle(
  file: string,
  known: KnownSlugs,
  slugOwners: Map<string, string>,
  problems: ContentProblem[],
  bodyLinks: Map<ArticleMeta, InternalLink[]>,
): ArticleMeta | null {
  const source = fs.readFileSync(file, 'utf8');
  const report = (field: string, message: string) =>
    problems.push({ file: relative(file), line: lineOfField(source, field), field, message });

  let data: Record<string, unknown>;
  let body: string;
  try {
    const parsedFile = matter(source, {});
    data = normaliseYamlDates(parsedFile.data);
    body = parsedFile.content;
  } catch (error) {
    report('(front matter)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  const parsed = articleFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path.join('.') || '(front matter)', describeIssue(issue));
    return null;
  }
  const fm = parsed.data;
  const before = problems.length;
  const owner = slugOwners.get(fm.slug);
  if (owner) report('slug', `duplicate slug "${fm.slug}", already used by ${relative(owner)}`);
  else slugOwners.set(fm.slug, file);
  const expectedSlug = path.basename(file, '.md');
  if (fm.slug !== expectedSlug) report('slug', `"${fm.slug}" must match the file name "${expectedSlug}"`);
  if (!known.sections.has(fm.section)) report('section', `unknown section "${fm.section}" (not in sections.json)`);
  for (const tag of fm.tags) if (!known.tags.has(tag)) report('tags', `unknown tag "${tag}" (not in tags.json)`);
  for (const author of fm.authors) if (!known.authors.has(author)) report('authors', `unknown author "${author}" (not in authors.json)`);
  if (fm.updatedAt && Date.parse(fm.updatedAt) < Date.parse(fm.publishedAt)) report('updatedAt', 'is earlier than publishedAt');
  if (fm.redirectFrom?.includes(fm.slug)) report('redirectFrom', 'must not list the article\'s own slug');
  checkImage(fm.hero.src, 'hero.src', report);
  if (problems.length > before) return null;

  const meta: ArticleMeta = {
    slug: fm.slug,
    title: fm.title,
    dek: fm.dek,
    sectionSlug: fm.section,
    tagSlugs: fm.tags,
    authorSlugs: fm.authors,
    publishedAt: new Date(fm.publishedAt).toISOString(),
    updatedAt: new Date(fm.updatedAt ?? fm.publishedAt).toISOString(),
    status: fm.status,
    priority: fm.priority ?? null,
    hero: fm.hero,
    redirectFrom: fm.redirectFrom ?? [],
    sourcePath: file,
  };
  const bodyFirstLine = source.slice(0, source.length - body.length).split('\n').length;
  bodyLinks.set(meta, extractInternalLinks(body, bodyFirstLine));
  return meta;
}

/** Links in bodies to /articles, /section, /tag or /author pages that do not exist, with file and line. */
function reportBodyLinks(articles: ArticleMeta[], bodyLinks: Map<ArticleMeta, InternalLink[]>, known: KnownSlugs, problems: ContentProblem[]) {
  const pages = {
    ...known,
    articles: new Set(articles.filter((a) => a.status !== 'draft').map((a) => a.slug)),
    drafts: new Set(articles.filter((a) => a.status === 'draft').map((a) => a.slug)),
    formerSlugs: new Set(articles.flatMap((a) => a.redirectFrom)),
  };
  for (const article of articles) {
    const links = bodyLinks.get(article) ?? [];
    if (links.length > 0) problems.push(...reportBrokenLinks(relative(article.sourcePath), links, pages, article.status !== 'draft'));
  }
}

function checkImage(src: string, field: string, report: (field: string, message: string) => void) {
  const file = path.join(publicDir(), src);
  if (!fs.existsSync(file)) {
    report(field, `image "${src}" does not exist in public/`);
  } else if (fs.statSync(file).size > MAX_IMAGE_BYTES) {
    report(field, `image "${src}" is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
  }
}

/** A former slug listed in redirectFrom must not shadow a live article. */
function reportRedirectCollisions(articles: ArticleMeta[], problems: ContentProblem[]) {
  const live = new Set(articles.map((a) => a.slug));
  for (const article of articles) {
    for (const old of article.redirectFrom) {
      if (live.has(old)) {
        problems.push({ file: relative(article.sourcePath), line: null, field: 'redirectFrom', message: `"${old}" is the slug of a live article` });
      }
    }
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

/** YAML turns unquoted timestamps into Date objects; the schema expects the ISO text an editor wrote. */
function normaliseYamlDates(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const key of ['publishedAt', 'updatedAt']) {
    const value = out[key];
    if (value instanceof Date) out[key] = Number.isNaN(value.getTime()) ? 'invalid date' : value.toISOString();
  }
  return out;
}

function lineOfField(source: string, field: string): number | null {
  const top = field.split('.')[0];
  if (!top) return null;
  const index = source.split('\n').findIndex((line) => line.startsWith(`${top}:`));
  return index === -1 ? null : index + 1;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Slug and section of every article file, read leniently: for tools that run before content is complete (image generation). */
export function listArticleSources(dir: string = contentDir()): { slug: string; section: string }[] {
  const articlesDir = path.join(dir, 'articles');
  return fs
    .readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const data = matter(fs.readFileSync(path.join(articlesDir, name), 'utf8'), {}).data as { section?: unknown };
      return { slug: path.basename(name, '.md'), section: typeof data.section === 'string' ? data.section : '' };
    });
}

export function listAuthorRecords(dir: string = contentDir()): Author[] {
  return readRegistry(dir, 'authors.json', authorSchema, []);
}
