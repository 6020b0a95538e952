import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { jsonFeed11 } from '../test-support/json-feed-1-1';

/** Every feed a reader can subscribe to, read by Python's feedparser (Debian's python3-feedparser). */

interface FeedReport {
  bozo: number;
  error: string;
  version: string;
  entries: {
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

test('every RSS and Atom feed parses in feedparser with no errors, terms on every category, real lengths', async ({
  request,
}) => {
  test.setTimeout(60_000);
  const bases = await feedBases(request);
  expect(bases.filter((b) => b.startsWith('/feeds/author/')).length).toBeGreaterThan(0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-feeds-'));
  const files = new Map<string, string>();
  for (const feedPath of bases.flatMap(xmlFeeds)) {
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
  const sizeOf = imageSizes(request);
  let enclosures = 0;
  for (const [file, feedPath] of files) {
    const report = reports[file]!;
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
