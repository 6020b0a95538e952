import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { loadContent } from '../lib/content/load-content';
import { PAGE_TYPES } from '../test-support/page-types';

const xml = new XMLParser({ ignoreAttributes: false });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function headOf(html: string) {
  const meta = (attr: string, key: string) => html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`))?.[1];
  return {
    title: html.match(/<title>([^<]*)<\/title>/)?.[1],
    description: meta('name', 'description'),
    canonical: html.match(/<link rel="canonical" href="([^"]*)"/)?.[1],
    robots: meta('name', 'robots'),
    ogType: meta('property', 'og:type'),
    ogImage: meta('property', 'og:image'),
    twitterCard: meta('name', 'twitter:card'),
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) =>
      asArray(JSON.parse(m[1]!)),
    ) as Record<string, unknown>[],
    feeds: [
      ...html.matchAll(/<link rel="alternate" type="application\/(rss|atom|feed)\+(xml|json)" href="([^"]*)"/g),
    ].map((m) => m[3]),
  };
}

// Pages rendered on demand (the 404) stream their metadata after <head> to browsers; crawlers, identified by
// user agent, get it blocking in <head>. Crawler-facing checks therefore fetch as a crawler does.
const CRAWLER = { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' };

async function html(request: APIRequestContext, url: string) {
  const response = await request.get(url, { headers: CRAWLER });
  return { status: response.status(), text: await response.text() };
}

test('every page type carries its metadata and structured data', async ({ request, baseURL }) => {
  const titles = new Set<string>();
  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    const { text } = await html(request, url);
    const head = headOf(text);
    expect(head.title, name).toBeTruthy();
    titles.add(head.title!);
    if (name === 'notFound') {
      expect(head.robots).toContain('noindex');
      continue;
    }
    expect(head.description, name).toBeTruthy();
    expect(head.canonical?.replace(/\/$/, ''), name).toBe(new URL(url, baseURL).href.replace(/\/$/, ''));
    expect(head.robots, name).toMatch(/^index, follow/);
    expect(head.twitterCard, name).toBe('summary_large_image');
    // A story's card is its own picture (e2e/images.spec.ts); every other page shares the site's card.
    expect(head.ogImage, name).toMatch(
      name === 'article' || name === 'live' ? /^http.*\/media\/articles\/.*\/16x9\.jpg$/ : /^http.*opengraph-image/,
    );
    expect(head.feeds.length, name).toBeGreaterThanOrEqual(3);
  }
  expect(titles.size).toBe(Object.keys(PAGE_TYPES).length);

  const article = headOf((await html(request, PAGE_TYPES.article)).text);
  expect(article.title).toBe('Gold heads for monthly gain as emerging-market central banks keep buying | Meridian');
  expect(article.ogType).toBe('article');
  const news = article.jsonLd.find((d) => d['@type'] === 'NewsArticle')!;
  expect(news).toMatchObject({ headline: expect.any(String), articleSection: 'Markets', isAccessibleForFree: true });
  expect(news.image).toHaveLength(3);
  for (const image of news.image as string[])
    expect((await request.get(image)).headers()['content-type']).toBe('image/jpeg');
  expect(article.jsonLd.find((d) => d['@type'] === 'BreadcrumbList')).toBeTruthy();

  const home = headOf((await html(request, PAGE_TYPES.home)).text);
  expect(home.jsonLd.map((d) => d['@type']).sort()).toEqual(['NewsMediaOrganization', 'WebSite']);
  const section = headOf((await html(request, PAGE_TYPES.section)).text);
  expect(section.jsonLd.map((d) => d['@type']).sort()).toEqual(['BreadcrumbList', 'CollectionPage']);
  expect(section.feeds).toContain(new URL('/feeds/section/markets/rss.xml', baseURL).href);
  const tag = headOf((await html(request, PAGE_TYPES.tag)).text);
  expect(tag.jsonLd.map((d) => d['@type']).sort()).toEqual(['BreadcrumbList', 'CollectionPage']);

  expect((await request.get(article.ogImage!)).headers()['content-type']).toBe('image/jpeg');
  expect((await request.get(home.ogImage!)).headers()['content-type']).toBe('image/png');
});

test('the sitemap index lists every public article exactly once, and every listed URL answers 200', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const index = xml.parse(await (await request.get('/sitemap.xml')).text());
  const sitemapUrls = asArray(index.sitemapindex.sitemap).map((s: { loc: string }) => s.loc);
  const listed: string[] = [];
  for (const sitemapUrl of sitemapUrls) {
    const set = xml.parse(await (await request.get(sitemapUrl)).text());
    for (const url of asArray(set.urlset.url) as { loc: string; lastmod?: string }[]) {
      listed.push(new URL(url.loc).pathname);
      if (url.lastmod) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
    }
  }
  expect(new Set(listed).size).toBe(listed.length);
  const now = Date.now();
  const publicSlugs = loadContent()
    .articles.filter((a) => a.status === 'published' && Date.parse(a.publishedAt) <= now)
    .map((a) => `/articles/${a.slug}`);
  expect(listed.filter((p) => p.startsWith('/articles/')).sort()).toEqual(publicSlugs.sort());
  expect(listed).not.toContain('/articles/draft-port-automation-deal-zebraquail');
  expect(listed).not.toContain('/articles/scheduled-spring-budget-preview');
  for (const pathname of listed)
    expect((await request.get(pathname, { maxRedirects: 0 })).status(), pathname).toBe(200);
});

test('the news sitemap holds exactly the last 48 hours of stories and the live ones', async ({ request }) => {
  const set = xml.parse(await (await request.get('/news-sitemap.xml')).text());
  const urls = asArray(set.urlset?.url) as {
    loc: string;
    'news:news': { 'news:publication_date': string; 'news:title': string };
  }[];
  const now = Date.now();
  const expected = loadContent().articles.filter(
    (a) =>
      a.status === 'published' &&
      Date.parse(a.publishedAt) <= now &&
      (now - Date.parse(a.publishedAt) <= 48 * 3600_000 || a.live?.status === 'live'),
  );
  expect(urls.map((u) => new URL(u.loc).pathname).sort()).toEqual(expected.map((a) => `/articles/${a.slug}`).sort());
  for (const url of urls) expect(url['news:news']['news:title']).toBeTruthy();
});

test('every feed parses with a real feed parser', async ({ request }) => {
  const parser = new Parser();
  for (const feedPath of [
    '/feed.xml',
    '/atom.xml',
    '/feeds/section/markets/rss.xml',
    '/feeds/section/markets/atom.xml',
    '/feeds/tag/batteries/rss.xml',
    '/feeds/tag/batteries/atom.xml',
  ]) {
    const response = await request.get(feedPath);
    expect(response.status(), feedPath).toBe(200);
    const feed = await parser.parseString(await response.text());
    expect(feed.items.length, feedPath).toBeGreaterThan(0);
    expect(feed.items.length, feedPath).toBeLessThanOrEqual(50);
    expect(feed.items.map((i) => i.link).join(' '), feedPath).not.toMatch(/draft-|scheduled-/);
  }
  for (const feedPath of ['/feed.json', '/feeds/section/world/feed.json']) {
    const feed = await (await request.get(feedPath)).json();
    expect(feed.version).toMatch(/jsonfeed/);
    expect(feed.items.length).toBeGreaterThan(0);
  }
  expect((await request.get('/feeds/tag/not-a-topic/rss.xml')).status()).toBe(404);
});

test('robots.txt allows the site, keeps crawlers out of the API and lists the sitemaps', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Allow: \//);
  expect(robots).toMatch(/Disallow: \/api\//);
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  expect(robots).toMatch(/Sitemap: http.*\/news-sitemap\.xml/);
});

test('the Nu HTML checker reports zero errors on every page type', async ({ request }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-vnu-'));
  const files: string[] = [];
  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    const file = path.join(dir, `${name}.html`);
    fs.writeFileSync(file, (await html(request, url)).text);
    files.push(file);
  }
  const jar = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  let report = '';
  try {
    // The stylesheet is inlined (next.config.ts, inlineCss), and the checker's CSS grammar predates what Tailwind v4
    // writes (`@property`, `margin-trim`, ...): its CSS messages are left out, the HTML is checked in full.
    execFileSync('java', ['-jar', jar, '--errors-only', '--filterpattern', 'CSS: .*', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    report = String((error as { stderr?: string }).stderr ?? error);
  }
  expect(report).toBe('');
});
