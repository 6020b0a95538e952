import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { readFrontMatterHead } from './article-source';
import { heroImageFile } from '../images/media-store';
import { contentDir } from './content-dir';
import { readFrontPagePicks, type FrontPagePicks } from './front-page';
import { attachLiveUpdates } from './live-updates';
import { extractInternalLinks, reportBrokenLinks, type InternalLink } from './internal-links';
import { articleFrontMatterSchema, authorSchema, sectionSchema, tagSchema } from './schema';
import type { ArticleMeta, Author, ContentProblem, Section, Tag } from './types';

/** Everything in data/ but the article bodies, validated: the one reader of the content folder. */
export interface ContentSnapshot {
  articles: ArticleMeta[];
  sections: Section[];
  tags: Tag[];
  authors: Author[];
  /** The desk's lead and top stories for the homepage. */
  frontPage: FrontPagePicks;
  problems: ContentProblem[];
}

const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * How much of each article file a load reads. 'all' (the content check, the default): every body too, for its
 * internal links. 'none' (a server or build worker starting): front matter only; the build's check has read the
 * bodies. 'changed' (an editor's revalidation): the bodies of files new or changed since the cache was filled.
 */
export type BodyReading = 'all' | 'none' | 'changed';

/** Parsed article files from earlier loads, reused while a file's size and times are unchanged. */
export type ArticleFileCache = Map<string, CachedArticleFile>;

interface CachedArticleFile {
  stamp: string;
  parsed: ParsedArticleFile;
}

/** One file on its own: its metadata (and body links, null when the body was not read), or why it is unusable. */
type ParsedArticleFile = { meta: ArticleMeta; links: InternalLink[] | null } | { problems: ContentProblem[] };

/** An article file's text as it would be written (the desk checks a story before saving it), in place of the disk's. */
export interface CandidateArticle {
  file: string;
  source: string;
}

export function loadContent(
  dir: string = contentDir(),
  options: { bodies?: BodyReading; cache?: ArticleFileCache; candidate?: CandidateArticle } = {},
): ContentSnapshot {
  const { bodies = 'all', cache, candidate } = options;
  const problems: ContentProblem[] = [];
  const sections = readRegistry(dir, 'sections.json', sectionSchema, problems);
  const tags = readRegistry(dir, 'tags.json', tagSchema, problems);
  const authors = readRegistry(dir, 'authors.json', authorSchema, problems);
  const articlesDir = path.join(dir, 'articles');
  const onDisk = fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).filter((name) => name.endsWith('.md')) : [];
  const candidateName = candidate && path.basename(candidate.file);
  const files = (candidateName && !onDisk.includes(candidateName) ? [...onDisk, candidateName] : onDisk).sort();
  if (files.length === 0)
    problems.push({ file: relative(articlesDir), line: null, field: '(folder)', message: 'holds no .md articles' });

  const known = {
    sections: new Set(sections.map((s) => s.slug)),
    tags: new Set(tags.map((t) => t.slug)),
    authors: new Set(authors.map((a) => a.slug)),
  };
  const articles: ArticleMeta[] = [];
  const slugOwners = new Map<string, string>();
  const bodyLinks = new Map<ArticleMeta, InternalLink[]>();
  const checkImage = imageChecker();
  const seen = new Set<string>();
  for (const name of files) {
    const file = path.join(articlesDir, name);
    seen.add(file);
    const parsed =
      candidateName === name ? parseArticleSource(file, candidate!.source, true) : parseCached(file, bodies, cache);
    if ('problems' in parsed) {
      problems.push(...parsed.problems);
      continue;
    }
    if (!checkArticle(parsed.meta, known, slugOwners, checkImage, problems)) continue;
    articles.push(parsed.meta);
    if (parsed.links) bodyLinks.set(parsed.meta, parsed.links);
  }
  if (cache) for (const file of cache.keys()) if (!seen.has(file)) cache.delete(file);
  const withUpdates = attachLiveUpdates(dir, articles, known.authors, problems);
  reportRedirectCollisions(articles, problems);
  reportBodyLinks(articles, bodyLinks, known, problems);
  const frontPage = readFrontPagePicks(dir, new Set(articles.map((a) => a.slug)), problems);
  return { articles: withUpdates, sections, tags, authors, frontPage, problems };
}

function readRegistry<S extends z.ZodType>(
  dir: string,
  name: string,
  schema: S,
  problems: ContentProblem[],
): z.infer<S>[] {
  const file = path.join(dir, name);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({
      file: relative(file),
      line: null,
      field: '(file)',
      message: `cannot be read as JSON: ${(error as Error).message}`,
    });
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
        problems.push({
          file: relative(file),
          line: null,
          field: `[${index}].${issue.path.join('.')}`,
          message: issue.message,
        });
      }
      return;
    }
    const record = parsed.data as z.infer<S> & { slug: string };
    if (seen.has(record.slug)) {
      problems.push({
        file: relative(file),
        line: null,
        field: `[${index}].slug`,
        message: `duplicate slug "${record.slug}"`,
      });
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

function parseCached(file: string, bodies: BodyReading, cache: ArticleFileCache | undefined): ParsedArticleFile {
  if (!cache) return parseArticleFile(file, bodies !== 'none');
  const stats = fs.statSync(file);
  const stamp = `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
  const cached = cache.get(file);
  if (cached && cached.stamp === stamp && (bodies !== 'all' || 'problems' in cached.parsed || cached.parsed.links))
    return cached.parsed;
  // Here the file is new or changed (or its body was never read and 'all' asks for it).
  const parsed = parseArticleFile(file, bodies !== 'none');
  cache.set(file, { stamp, parsed });
  return parsed;
}

/** Reads one article: its front matter only, or the whole file when its body's links are to be checked. */
function parseArticleFile(file: string, readBody: boolean): ParsedArticleFile {
  return parseArticleSource(file, readBody ? fs.readFileSync(file, 'utf8') : readFrontMatterHead(file), readBody);
}

function parseArticleSource(file: string, source: string, readBody: boolean): ParsedArticleFile {
  const problems: ContentProblem[] = [];
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
    return { problems };
  }
  const parsed = articleFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path.join('.') || '(front matter)', describeIssue(issue));
    return { problems };
  }
  const fm = parsed.data;
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
    ...(fm.live && {
      live: {
        status: fm.live.status,
        coverageStart: new Date(fm.live.coverageStart).toISOString(),
        coverageEnd: fm.live.coverageEnd ? new Date(fm.live.coverageEnd).toISOString() : null,
        pinned: fm.live.pinned ?? null,
        updates: [],
      },
    }),
  };
  if (!readBody) return { meta, links: null };
  const bodyFirstLine = source.slice(0, source.length - body.length).split('\n').length;
  return { meta, links: extractInternalLinks(body, bodyFirstLine) };
}

/**
 * Checks of one article against the registries and the files loaded before it (slugOwners maps each slug seen so
 * far to its file: the first file by name keeps a duplicated slug). False when the article must stay out.
 */
function checkArticle(
  meta: ArticleMeta,
  known: KnownSlugs,
  slugOwners: Map<string, string>,
  checkImage: (src: string) => string | null,
  problems: ContentProblem[],
): boolean {
  const file = meta.sourcePath;
  const before = problems.length;
  // Problems are rare: the file's head is read again only to name the line.
  const report = (field: string, message: string) =>
    problems.push({ file: relative(file), line: lineOfField(headIfPresent(file), field), field, message });
  const owner = slugOwners.get(meta.slug);
  if (owner) report('slug', `duplicate slug "${meta.slug}", already used by ${relative(owner)}`);
  else slugOwners.set(meta.slug, file);
  const expectedSlug = path.basename(file, '.md');
  if (meta.slug !== expectedSlug) report('slug', `"${meta.slug}" must match the file name "${expectedSlug}"`);
  if (!known.sections.has(meta.sectionSlug))
    report('section', `unknown section "${meta.sectionSlug}" (not in sections.json)`);
  for (const tag of meta.tagSlugs) if (!known.tags.has(tag)) report('tags', `unknown tag "${tag}" (not in tags.json)`);
  for (const author of meta.authorSlugs)
    if (!known.authors.has(author)) report('authors', `unknown author "${author}" (not in authors.json)`);
  if (Date.parse(meta.updatedAt) < Date.parse(meta.publishedAt)) report('updatedAt', 'is earlier than publishedAt');
  if (meta.redirectFrom.includes(meta.slug)) report('redirectFrom', "must not list the article's own slug");
  const imageProblem = checkImage(meta.hero.src);
  if (imageProblem) report('hero.src', imageProblem);
  return problems.length === before;
}

/** Links in bodies to /articles, /section, /tag or /author pages that do not exist, with file and line. */
function reportBodyLinks(
  articles: ArticleMeta[],
  bodyLinks: Map<ArticleMeta, InternalLink[]>,
  known: KnownSlugs,
  problems: ContentProblem[],
) {
  const pages = {
    ...known,
    articles: new Set(articles.filter((a) => a.status !== 'draft').map((a) => a.slug)),
    drafts: new Set(articles.filter((a) => a.status === 'draft').map((a) => a.slug)),
    formerSlugs: new Set(articles.flatMap((a) => a.redirectFrom)),
  };
  for (const article of articles) {
    const links = bodyLinks.get(article) ?? [];
    if (links.length > 0)
      problems.push(...reportBrokenLinks(relative(article.sourcePath), links, pages, article.status !== 'draft'));
  }
}

/** Whether a hero image exists and is small enough, asked once per image per load (archives share illustrations). */
function imageChecker(): (src: string) => string | null {
  const answers = new Map<string, string | null>();
  return (src) => {
    let answer = answers.get(src);
    if (answer === undefined) {
      const file = heroImageFile(src);
      answer =
        !file || !fs.existsSync(file)
          ? `image "${src}" does not exist (in public/, or among the uploads)`
          : fs.statSync(file).size > MAX_IMAGE_BYTES
            ? `image "${src}" is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`
            : null;
      answers.set(src, answer);
    }
    return answer;
  };
}

/** A former slug listed in redirectFrom must not shadow a live article. */
function reportRedirectCollisions(articles: ArticleMeta[], problems: ContentProblem[]) {
  const live = new Set(articles.map((a) => a.slug));
  for (const article of articles) {
    for (const old of article.redirectFrom) {
      if (live.has(old)) {
        problems.push({
          file: relative(article.sourcePath),
          line: null,
          field: 'redirectFrom',
          message: `"${old}" is the slug of a live article`,
        });
      }
    }
  }
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

/** YAML turns unquoted timestamps into Date objects; the schema expects the ISO text an editor wrote. */
export function normaliseYamlDates(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const key of ['publishedAt', 'updatedAt', 'coverageStart', 'coverageEnd']) {
    const value = out[key];
    if (value instanceof Date) out[key] = Number.isNaN(value.getTime()) ? 'invalid date' : value.toISOString();
  }
  // A live story's coverage times sit in its `live:` block.
  if (out.live && typeof out.live === 'object' && !Array.isArray(out.live))
    out.live = normaliseYamlDates(out.live as Record<string, unknown>);
  return out;
}

/** A candidate article has no file yet: its problems then carry no line. */
function headIfPresent(file: string): string {
  return fs.existsSync(file) ? readFrontMatterHead(file) : '';
}

export function lineOfField(source: string, field: string): number | null {
  const top = field.split('.')[0];
  if (!top) return null;
  const index = source.split('\n').findIndex((line) => line.startsWith(`${top}:`));
  return index === -1 ? null : index + 1;
}

export function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Slug, section, tags and hero path of every article file, read leniently: for tools that run before content is complete (image generation). */
export function listArticleSources(
  dir: string = contentDir(),
): { slug: string; section: string; tags: string[]; heroSrc: string }[] {
  const articlesDir = path.join(dir, 'articles');
  return fs
    .readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const data = matter(fs.readFileSync(path.join(articlesDir, name), 'utf8'), {}).data as {
        section?: unknown;
        tags?: unknown;
        hero?: { src?: unknown };
      };
      return {
        slug: path.basename(name, '.md'),
        section: typeof data.section === 'string' ? data.section : '',
        tags: Array.isArray(data.tags) ? data.tags.filter((tag): tag is string => typeof tag === 'string') : [],
        heroSrc: typeof data.hero?.src === 'string' ? data.hero.src : '',
      };
    });
}

export function listAuthorRecords(dir: string = contentDir()): Author[] {
  return readRegistry(dir, 'authors.json', authorSchema, []);
}
