import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { VIEWS_DATA_DIR } from '../playwright.config';
import type { PopularList } from '../lib/popular/popular-list';

// The e2e server runs with a 1-hour window, a 2-second ranking cache and 2 unique views to rank (playwright.config.ts).
const readerAgent = (n: number) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${n}.0 Safari/537.36`;
const BOT_AGENT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** The value draftMode().enable() sets for this build, as an editor previewing stories carries it. */
function draftModeCookieValue(): string {
  const manifest = JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8')) as { preview: { previewModeId: string } };
  return manifest.preview.previewModeId;
}

/** Opens the article in its own browser context (one visitor) and returns the status of the page's beacon. */
async function viewInBrowser(browser: Browser, slug: string, visitor: { userAgent: string; address: string; draftCookie?: boolean; views?: number }) {
  const context = await browser.newContext({ userAgent: visitor.userAgent, extraHTTPHeaders: { 'X-Forwarded-For': visitor.address } });
  if (visitor.draftCookie) await context.addCookies([{ name: '__prerender_bypass', value: draftModeCookieValue(), url: test.info().project.use.baseURL! }]);
  const page = await context.newPage();
  const statuses: number[] = [];
  for (let i = 0; i < (visitor.views ?? 1); i += 1) {
    const beacon = page.waitForResponse((r) => r.url().endsWith('/api/views') && r.request().method() === 'POST');
    await page.goto(`/articles/${slug}`);
    statuses.push((await beacon).status());
  }
  await context.close();
  return statuses;
}

/** The ranking as computed after `after` (the cache refreshes within seconds in the e2e server). */
async function popularAfter(request: APIRequestContext, after: number): Promise<PopularList> {
  let list: PopularList | null = null;
  await expect
    .poll(async () => {
      list = (await (await request.get('/api/popular?limit=8')).json()) as PopularList;
      return list.computedAt > after;
    }, { timeout: 15_000, intervals: [500] })
    .toBe(true);
  return list!;
}

async function articleOutsideTheList(request: APIRequestContext, list: PopularList): Promise<string> {
  const older = (await (await request.get('/api/stories?list=latest&page=3')).json()) as { items: { slug: string }[] };
  const slug = older.items.map((s) => s.slug).find((s) => !list.items.some((item) => item.slug === s));
  expect(slug).toBeTruthy();
  return slug!;
}

test('views from real browsers move an article up the list; bots, draft previews and same-day repeats do not', async ({ browser, request, page }) => {
  test.setTimeout(90_000);
  const before = await popularAfter(request, 0);
  const target = await articleOutsideTheList(request, before);

  expect(await viewInBrowser(browser, target, { userAgent: readerAgent(1), address: '203.0.113.10', views: 3 })).toEqual([202, 204, 204]);
  expect(await viewInBrowser(browser, target, { userAgent: BOT_AGENT, address: '203.0.113.11' })).toEqual([204]);
  expect(await viewInBrowser(browser, target, { userAgent: readerAgent(2), address: '203.0.113.12', draftCookie: true })).toEqual([204]);
  // One unique view so far: below the minimum, so the list is still the editors' and says so.
  const afterOne = await popularAfter(request, Date.now());
  expect(afterOne.items.map((s) => s.slug)).not.toContain(target);
  expect(afterOne.basis).toBe('editorial');

  expect(await viewInBrowser(browser, target, { userAgent: readerAgent(3), address: '203.0.113.13' })).toEqual([202]);
  const afterTwo = await popularAfter(request, Date.now());
  expect(afterTwo.items[0]?.slug).toBe(target);
  expect(afterTwo).toMatchObject({ basis: 'mixed', measured: 1 });

  // The sidebar of a page refreshes itself through react-query (the clock is moved past its 5-minute interval).
  await page.clock.install();
  await page.goto('/');
  const sidebar = page.getByTestId('most-popular');
  await expect(sidebar).toBeVisible();
  await page.clock.fastForward('05:01');
  await expect(sidebar.locator('li').first()).toHaveText(new RegExp(afterTwo.items[0]!.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(sidebar).toContainText('The first story is the most read in the past hour; the rest are picked by our editors');
  await expect(sidebar).toHaveAttribute('data-basis', 'mixed');
});

test('the view store holds no address, user agent or cookie', async ({ browser, request }) => {
  const [article] = ((await (await request.get('/api/popular?limit=1')).json()) as PopularList).items;
  await viewInBrowser(browser, article!.slug, { userAgent: readerAgent(77), address: '203.0.113.77' });
  const bytes = fs.readdirSync(VIEWS_DATA_DIR).map((file) => fs.readFileSync(path.join(VIEWS_DATA_DIR, file)).toString('latin1')).join('');
  expect(bytes).toContain(article!.slug);
  for (const personal of ['203.0.113.77', 'Chrome/131.0.77.0', 'Mozilla', '__prerender_bypass', 'meridian-city']) expect(bytes).not.toContain(personal);
});

test('the beacon refuses bad input with 4xx, ignores prefetches and sets no cookie', async ({ request }) => {
  const headers = { 'User-Agent': readerAgent(5), 'X-Forwarded-For': '203.0.113.20' };
  const { items } = (await (await request.get('/api/popular?limit=1')).json()) as PopularList;
  const slug = items[0]!.slug;
  const post = (data: string, extra: Record<string, string> = {}) => request.post('/api/views', { data, headers: { ...headers, ...extra } });
  expect((await post('not json')).status()).toBe(400);
  expect((await post(JSON.stringify({ slug, extra: 1 }))).status()).toBe(400);
  expect((await post(JSON.stringify({ slug: 'no-such-story' }))).status()).toBe(404);
  expect((await post(JSON.stringify({ slug: 'draft-port-automation-deal-zebraquail' }))).status()).toBe(404);
  expect((await post(JSON.stringify({ slug: 'x'.repeat(600) }))).status()).toBe(413);
  expect((await post(JSON.stringify({ slug }), { 'Sec-Fetch-Site': 'cross-site' })).status()).toBe(403);
  expect((await post(JSON.stringify({ slug }), { 'Sec-Purpose': 'prefetch' })).status()).toBe(204);
  const counted = await post(JSON.stringify({ slug }));
  expect(counted.status()).toBe(202);
  expect(counted.headers()['set-cookie']).toBeUndefined();
  expect((await request.get('/api/popular?limit=99')).status()).toBe(400);
});

test('a flood of beacons from one client is cut off with 429 while pages still render at once', async ({ request }) => {
  test.setTimeout(60_000);
  const { items } = (await (await request.get('/api/popular?limit=1')).json()) as PopularList;
  const data = JSON.stringify({ slug: items[0]!.slug });
  const statuses: number[] = [];
  let sent = 0;
  const floodStarted = Date.now();
  // 20 connections firing back to back, 600 beacons in all, from one address.
  const flood = Promise.all(
    Array.from({ length: 20 }, async () => {
      while (sent < 600) {
        sent += 1;
        const response = await request.post('/api/views', { data, headers: { 'User-Agent': readerAgent(1000 + sent), 'X-Forwarded-For': '198.51.100.66' } });
        statuses.push(response.status());
      }
    }),
  );
  const pageTimes: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = Date.now();
    expect((await request.get('/section/markets')).status()).toBe(200);
    pageTimes.push(Date.now() - started);
  }
  await flood;
  const floodSeconds = (Date.now() - floodStarted) / 1000;
  // Generous for a 2-core machine shared with builds: a page waits for no beacon and no store call.
  expect(Math.max(...pageTimes)).toBeLessThan(2_500);
  // The default limit: a burst of 60, then one a second.
  const accepted = statuses.filter((s) => s === 202).length;
  expect(accepted).toBeGreaterThanOrEqual(60);
  expect(accepted).toBeLessThanOrEqual(60 + Math.ceil(floodSeconds));
  expect(statuses.filter((s) => s === 429)).toHaveLength(600 - accepted);
  // Another client is not affected.
  const other = await request.post('/api/views', { data, headers: { 'User-Agent': readerAgent(9), 'X-Forwarded-For': '198.51.100.67' } });
  expect(other.status()).toBe(202);
});
