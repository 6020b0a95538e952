import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_CONTENT_DIR } from '../playwright.config';
import { jsonFeed11 } from '../test-support/json-feed-1-1';
import { PAGE_TYPES } from '../test-support/page-types';
import { revalidate, signIn } from './editors-helpers';

/** Every feed a reader can subscribe to, read by Python's feedparser (Debian's python3-feedparser). */

interface FeedReport {
  bozo: number;
  error: string;
  version: string;
  entries: {
    id: string;
    title: string;
    link: string;
    authors: string[];
    terms: (string | null)[];
    enclosures: { href: string; length: string; type: string }[];
  }[];
}

/** The feeds of the site and of every section, tag and author page the listing sitemaps name. */
async function feedBases(request: APIRequestContext): Promise<string[]> {
  const bases = ['/'];
  for (const kind of ['sections', 'tags', 'authors']) {
    const xml = await (await request.get(`/sitemaps/${kind}.xml`)).text();
    const urls = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml).urlset.url as { loc: string }[];
    for (const { loc } of urls) bases.push(`/feeds${new URL(loc).pathname}/`);
  }
  return bases;
}

const xmlFeeds = (base: string) => (base === '/' ? ['/feed.xml', '/atom.xml'] : [`${base}rss.xml`, `${base}atom.xml`]);
const jsonFeed = (base: string) => (base === '/' ? '/feed.json' : `${base}feed.json`);

/** The served size of each image, fetched once. */
function imageSizes(request: APIRequestContext) {
  const sizes = new Map<string, Promise<number>>();
  return (url: string) => {
    const pathname = new URL(url).pathname;
    if (!sizes.has(pathname))
      sizes.set(
        pathname,
        request.get(pathname).then(async (response) => {
          expect(response.status(), pathname).toBe(200);
          return (await response.body()).length;
        }),
      );
    return sizes.get(pathname)!;
  };
}

/** Fetches each feed and reads it with feedparser, as a strict feed reader would: its report by feed path. */
async function readFeeds(request: APIRequestContext, feedPaths: string[]): Promise<Map<string, FeedReport>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-feeds-'));
  const files = new Map<string, string>();
  for (const feedPath of feedPaths) {
    const response = await request.get(feedPath);
    expect(response.status(), feedPath).toBe(200);
    const file = path.join(dir, `${files.size}.xml`);
    fs.writeFileSync(file, await response.body());
    files.set(file, feedPath);
  }
  const reports = JSON.parse(
    execFileSync('/usr/bin/python3', ['test-support/read-feeds.py', ...files.keys()], { encoding: 'utf8' }),
  ) as Record<string, FeedReport>;
  fs.rmSync(dir, { recursive: true });
  return new Map([...files].map(([file, feedPath]) => [feedPath, reports[file]!]));
}

test('every RSS and Atom feed parses in feedparser with no errors, terms on every category, real lengths', async ({
  request,
}) => {
  test.setTimeout(60_000);
  const bases = await feedBases(request);
  expect(bases.filter((b) => b.startsWith('/feeds/author/')).length).toBeGreaterThan(0);
  const reports = await readFeeds(request, bases.flatMap(xmlFeeds));
  const sizeOf = imageSizes(request);
  let enclosures = 0;
  for (const [feedPath, report] of reports) {
    expect({ feedPath, bozo: report.bozo, error: report.error }).toEqual({ feedPath, bozo: 0, error: '' });
    expect(report.version, feedPath).toBe(feedPath.endsWith('atom.xml') ? 'atom10' : 'rss20');
    expect(report.entries.length, feedPath).toBeGreaterThan(0);
    for (const entry of report.entries) {
      expect(entry.authors.length, entry.link).toBeGreaterThan(0);
      expect(entry.terms.length, entry.link).toBeGreaterThan(0);
      for (const term of entry.terms) expect(term, `${feedPath} ${entry.link}`).toMatch(/\S/);
      expect(entry.enclosures, entry.link).toHaveLength(1);
      const [enclosure] = entry.enclosures;
      expect(Number(enclosure!.length), enclosure!.href).toBe(await sizeOf(enclosure!.href));
      enclosures += 1;
    }
  }
  expect(enclosures).toBeGreaterThan(100);
});

test('RSS names authors with dc:creator in a declared namespace; Atom categories carry their slug as term', async ({
  request,
}) => {
  const rss = await (await request.get('/feeds/section/markets/rss.xml')).text();
  expect(rss).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
  expect(rss).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
  expect(rss).not.toContain('<author>');
  expect(rss).not.toContain('length="0"');
  const atom = await (await request.get('/feeds/section/markets/atom.xml')).text();
  expect(atom).toContain('<category term="markets" scheme="');
});

test('every JSON Feed is version 1.1 by its schema, with authors, language and real image sizes', async ({
  request,
}) => {
  const sizeOf = imageSizes(request);
  for (const feedPath of (await feedBases(request)).map(jsonFeed)) {
    const response = await request.get(feedPath);
    expect(response.headers()['content-type'], feedPath).toContain('application/feed+json');
    const feed = jsonFeed11.parse(await response.json());
    expect(feed.language, feedPath).toBe('en');
    expect(feed.items.length, feedPath).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.authors?.length, item.id).toBeGreaterThan(0);
      const [attachment] = item.attachments ?? [];
      expect(attachment?.size_in_bytes, item.id).toBe(await sizeOf(attachment!.url));
    }
  }
});

test('an author page advertises its feeds, which list only that author; unknown kinds and slugs are 404s', async ({
  request,
}) => {
  const page = await (await request.get('/author/lena-okafor')).text();
  expect(page).toContain('/feeds/author/lena-okafor/rss.xml"');
  const feed = jsonFeed11.parse(await (await request.get('/feeds/author/lena-okafor/feed.json')).json());
  expect(feed.home_page_url).toMatch(/\/author\/lena-okafor$/);
  for (const item of feed.items) expect(item.authors?.map((a) => a.url).join(' ')).toContain('/author/lena-okafor');
  for (const feedPath of ['/feeds/author/no-such-writer/rss.xml', '/feeds/site/x/rss.xml', '/feeds/tag/a/feed.xml'])
    expect((await request.get(feedPath)).status(), feedPath).toBe(404);
});

const LIVE_SLUG = PAGE_TYPES.live.split('/').at(-1)!;
const LIVE_FEEDS = ['rss.xml', 'atom.xml', 'feed.json'].map((format) => `/feeds/live/${LIVE_SLUG}/${format}`);
const LIVE_UPDATES_DIR = path.join(E2E_CONTENT_DIR, 'live', LIVE_SLUG);

/** The live story's updates as their files say, newest first (ids are made from the time). */
function liveUpdateFiles(): { file: string; id: string; headline: string }[] {
  return fs
    .readdirSync(LIVE_UPDATES_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .reverse()
    .map((name) => {
      const text = fs.readFileSync(path.join(LIVE_UPDATES_DIR, name), 'utf8');
      const headline = /^headline: (.*)$/m.exec(text)![1]!;
      return { file: name, id: name.slice(0, -3), headline: headline.replace(/^'(.*)'$/, '$1').replace(/''/g, "'") };
    });
}

/** An absolute URL's path and fragment: feeds rendered at run time name the origin of the server's SITE_URL. */
const pathOf = (url: string | undefined) => (url ? new URL(url).pathname + new URL(url).hash : url);

test('a live story has feeds of its updates, one entry each, linked by permalink, advertised by its page', async ({
  request,
}) => {
  const updates = liveUpdateFiles();
  // All on the story's first page, where the permalink and the link are the same address.
  expect(updates.length).toBeGreaterThan(1);
  expect(updates.length).toBeLessThanOrEqual(20);
  const permalinks = updates.map((u) => `/articles/${LIVE_SLUG}#update-${u.id}`);
  const reports = await readFeeds(request, LIVE_FEEDS.slice(0, 2));
  for (const [feedPath, report] of reports) {
    expect({ feedPath, bozo: report.bozo, error: report.error }).toEqual({ feedPath, bozo: 0, error: '' });
    expect(report.version, feedPath).toBe(feedPath.endsWith('atom.xml') ? 'atom10' : 'rss20');
    expect(report.entries.map((e) => pathOf(e.link))).toEqual(permalinks);
    expect(report.entries.map((e) => pathOf(e.id))).toEqual(permalinks);
    expect(report.entries.map((e) => e.title)).toEqual(updates.map((u) => u.headline));
    for (const entry of report.entries) expect(entry.authors, entry.link).toHaveLength(1);
  }
  const response = await request.get(LIVE_FEEDS[2]!);
  expect(response.headers()['surrogate-key']).toBe(`content article:${LIVE_SLUG}`);
  expect(response.headers()['cache-control']).toContain('s-maxage=');
  const feed = jsonFeed11.parse(await response.json());
  expect(pathOf(feed.home_page_url)).toBe(`/articles/${LIVE_SLUG}`);
  expect(feed.items.map((i) => pathOf(i.url))).toEqual(permalinks);

  const page = await (await request.get(PAGE_TYPES.live)).text();
  const alternates = page.match(/<link rel="alternate"[^>]*>/g) ?? [];
  for (const feedPath of LIVE_FEEDS)
    expect(
      alternates.filter((link) => link.includes(`${feedPath}"`)),
      feedPath,
    ).toHaveLength(1);
  for (const feedPath of [
    '/feeds/live/no-such-story/rss.xml',
    '/feeds/live/gold-climbs-as-central-banks-keep-buying/atom.xml',
    '/feeds/live/draft-port-automation-deal-zebraquail/feed.json',
    `/feeds/live/${LIVE_SLUG}/feed.xml`,
  ])
    expect((await request.get(feedPath)).status(), feedPath).toBe(404);
});

test('an update posted at the desk is in the live feeds, and dates the story in the site feed, at once', async ({
  browser,
  request,
}) => {
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Newsroom', { timeout: 15_000 });
  await editor.goto(`/newsroom/live/${LIVE_SLUG}`);
  const headline = `Feed check ${Date.now().toString(36)}: the count is in`;
  const before = new Set(liveUpdateFiles().map((u) => u.file));
  try {
    await editor.getByLabel('Headline').first().fill(headline);
    await editor.getByLabel('Text (Markdown)').first().fill('The result is **read out** in the hall.');
    await editor.getByRole('button', { name: 'Post update' }).click();
    await expect(editor.getByRole('status')).toHaveText('Update posted.');
    const posted = liveUpdateFiles()[0]!;
    expect(posted.headline).toBe(headline);

    const live = jsonFeed11.parse(await (await request.get(LIVE_FEEDS[2]!)).json());
    const [newest] = live.items;
    expect(newest?.title).toBe(headline);
    expect(pathOf(newest?.id)).toBe(`/articles/${LIVE_SLUG}#update-${posted.id}`);
    expect(newest?.content_html).toContain('<strong>read out</strong>');
    const [rss] = (await readFeeds(request, [LIVE_FEEDS[0]!])).values();
    expect(rss!.entries[0]?.title).toBe(headline);

    for (const feedPath of ['/feed.json', '/feeds/section/business/feed.json']) {
      const site = jsonFeed11.parse(await (await request.get(feedPath)).json());
      const story = site.items.find((i) => pathOf(i.id) === `/articles/${LIVE_SLUG}`);
      expect(story?.date_modified, feedPath).toBe(newest?.date_published);
    }
  } finally {
    // Back to the sample's updates for the suites that follow.
    for (const u of liveUpdateFiles()) if (!before.has(u.file)) fs.rmSync(path.join(LIVE_UPDATES_DIR, u.file));
    expect((await revalidate(request, { slugs: [LIVE_SLUG] })).status()).toBe(200);
    await editor.context().close();
  }
});
