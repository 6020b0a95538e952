import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DRAFT, previewLink, SCHEDULED } from './editors-helpers';

const SECRETS = [DRAFT.marker, SCHEDULED.marker];
// Feeds and sitemaps are checked too when they exist (another part of the site builds them).
const OPTIONAL_ENTRY_POINTS = [
  '/sitemap.xml',
  '/robots.txt',
  '/feed.xml',
  '/rss.xml',
  '/atom.xml',
  '/feeds/latest.xml',
  '/sitemaps/articles.xml',
];

interface Leak {
  where: string;
  what: string;
}

function findLeaks(where: string, text: string): Leak[] {
  const unpublished = [DRAFT.marker, SCHEDULED.marker, DRAFT.slug, SCHEDULED.slug, DRAFT.title, SCHEDULED.title];
  return unpublished.filter((s) => text.includes(s)).map((what) => ({ where, what }));
}

/** Every public page reachable from the homepage (and from feeds and sitemaps), and every "Load more" page. */
async function crawlPublicSite(request: APIRequestContext): Promise<{ pages: number; leaks: Leak[] }> {
  const leaks: Leak[] = [];
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  for (const entry of OPTIONAL_ENTRY_POINTS) {
    seen.add(entry);
    queue.push(entry);
  }
  const lists = new Set<string>(['list=latest']);
  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) continue;
    pages += 1;
    const text = await response.text();
    leaks.push(...findLeaks(url, text));
    const links = [...text.matchAll(/(?:href="|<loc>)(?:https?:\/\/[^/"<]+)?(\/[^"#<]*)/g)].map((m) =>
      m[1]!.replace(/&amp;/g, '&'),
    );
    for (const href of links) {
      if (href.startsWith('/_next/') || href.startsWith('/images/') || href.startsWith('/api/preview')) continue;
      const list = /^\/(section|tag|author)\/([a-z0-9-]+)/.exec(href);
      if (list) lists.add(`list=${list[1]}&slug=${list[2]}`);
      if (!seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  for (const list of lists) {
    for (let page = 1; ; page += 1) {
      const response = await request.get(`/api/stories?${list}&page=${page}`);
      if (response.status() !== 200) break;
      pages += 1;
      const text = await response.text();
      leaks.push(...findLeaks(`/api/stories?${list}&page=${page}`, text));
      if (page >= (JSON.parse(text) as { totalPages: number }).totalPages) break;
    }
  }
  return { pages, leaks };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

test('unpublished stories appear nowhere public, even right after editors previewed them', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  // Editors preview both stories first, so that any cache a preview could fill is filled before the crawl.
  const editor = await browser.newContext();
  const page = await editor.newPage();
  for (const story of [DRAFT, SCHEDULED]) {
    await page.goto(previewLink(story.slug));
    await expect(page.locator('.article-body')).toContainText(story.marker);
    await page.goto('/');
    await page.goto(`/section/${story.slug === DRAFT.slug ? 'world' : 'policy'}`);
  }
  await editor.close();

  for (const story of [DRAFT, SCHEDULED]) {
    const response = await request.get(`/articles/${story.slug}`);
    expect(response.status()).toBe(404);
    expect(findLeaks(`/articles/${story.slug}`, await response.text()).filter((l) => l.what !== story.slug)).toEqual(
      [],
    );
  }
  const { pages, leaks } = await crawlPublicSite(request);
  expect(leaks).toEqual([]);
  expect(pages).toBeGreaterThan(150);
});

test('the build output (.next, every file) holds neither unpublished body', () => {
  const files = filesUnder(path.join(process.cwd(), '.next'));
  expect(files.length).toBeGreaterThan(100);
  const found: string[] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    for (const marker of SECRETS)
      if (bytes.includes(marker) || bytes.includes(Buffer.from(marker, 'utf16le')))
        found.push(`${path.relative(process.cwd(), file)}: ${marker}`);
  }
  expect(found).toEqual([]);
});
