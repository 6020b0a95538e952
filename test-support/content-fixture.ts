import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SITE_PAGES } from '../lib/content/site-pages';

/** Builds a small, valid content folder (and public/ with its images) in a temp dir, for tests and tools. */
export interface FixtureArticle {
  slug: string;
  frontMatter?: Record<string, unknown>;
  /** Replaces the whole front matter block, for malformed-file tests. */
  rawFrontMatter?: string;
  body?: string;
}

export function articleFrontMatter(slug: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    title: `Headline for ${slug.replace(/-/g, ' ')}`,
    dek: `A one-sentence summary of the story called ${slug}.`,
    section: 'business',
    tags: ['earnings'],
    authors: ['ada-writer'],
    publishedAt: '2026-11-01T08:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    status: 'published',
    hero: {
      src: `/images/articles/${slug}.webp`,
      alt: 'An abstract illustration',
      caption: 'A caption.',
      credit: 'Illustration: Meridian',
      width: 1600,
      height: 900,
    },
    ...overrides,
  };
}

export function makeContentFixture(articles: FixtureArticle[]): { contentDir: string; publicDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-content-'));
  const contentDir = path.join(root, 'data');
  const publicDir = path.join(root, 'public');
  fs.mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
  fs.mkdirSync(path.join(publicDir, 'images', 'articles'), { recursive: true });
  const write = (name: string, value: unknown) =>
    fs.writeFileSync(path.join(contentDir, name), JSON.stringify(value, null, 2));
  write('sections.json', [
    { slug: 'business', name: 'Business', description: 'Companies.' },
    { slug: 'markets', name: 'Markets', description: 'Prices.' },
  ]);
  write('tags.json', [
    { slug: 'earnings', name: 'Earnings', description: 'Results.' },
    { slug: 'bonds', name: 'Bonds', description: 'Debt.' },
    { slug: 'energy', name: 'Energy', description: 'Power.' },
  ]);
  write('cities.json', [
    { id: 'beijing', name: 'Beijing', latitude: 39.9042, longitude: 116.4074, timeZone: 'Asia/Shanghai' },
  ]);
  write('authors.json', [
    {
      slug: 'ada-writer',
      name: 'Ada Writer',
      role: 'Reporter',
      bio: 'Writes.',
      avatar: '/images/authors/ada-writer.webp',
    },
  ]);
  fs.mkdirSync(path.join(contentDir, 'pages'));
  for (const { slug, label } of SITE_PAGES) {
    const frontMatter = yamlOf({
      title: label,
      description: `The ${label} page of the test newsroom.`,
      updatedAt: '2026-11-01T08:00:00Z',
    });
    fs.writeFileSync(path.join(contentDir, 'pages', `${slug}.md`), `---\n${frontMatter}---\n\nWhat ${label} says.\n`);
  }
  for (const article of articles) {
    const frontMatter = article.rawFrontMatter ?? yamlOf(articleFrontMatter(article.slug, article.frontMatter));
    const body = article.body ?? 'A first paragraph of the story.\n\n## A subheading\n\nMore text.';
    fs.writeFileSync(path.join(contentDir, 'articles', `${article.slug}.md`), `---\n${frontMatter}---\n\n${body}\n`);
    fs.writeFileSync(path.join(publicDir, 'images', 'articles', `${article.slug}.webp`), 'image');
  }
  return { contentDir, publicDir };
}

/** JSON is valid YAML: each field on its own line so problems can be reported with a line number. */
function yamlOf(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}\n`)
    .join('');
}
