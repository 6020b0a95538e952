import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { VIEWS_DATA_DIR } from '../playwright.config';
import type { PopularList } from '../lib/popular/popular-list';
import { rawRequest } from './raw-http';

const PORT = Number(process.env.E2E_PORT ?? 3100);

// The e2e server runs with a 1-hour window, a 2-second ranking cache and 2 unique views to rank (playwright.config.ts).
const readerAgent = (n: number) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${n}.0 Safari/537.36`;
const BOT_AGENT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** The value draftMode().enable() sets for this build, as an editor previewing stories carries it. */
function draftModeCookieValue(): string {
  const manifest = JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8')) as {
    preview: { previewModeId: string };
  };
  return manifest.preview.previewModeId;
}

/**
 * Opens the article in its own browser context (one visitor) and returns the status of the page's beacon. Every
 * browser speaks from 127.0.0.1 (the server believes the socket): distinct user agents count as distinct readers of
 * one address up to its budget (VIEWS_READERS_PER_ADDRESS, 3).
 */
async function viewInBrowser(
  browser: Browser,
  slug: string,
  visitor: { userAgent: string; draftCookie?: boolean; views?: number },
) {
  const context = await browser.newContext({ userAgent: visitor.userAgent });
  if (visitor.draftCookie)
    await context.addCookies([
      { name: '__prerender_bypass', value: draftModeCookieValue(), url: test.info().project.use.baseURL! },
    ]);
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
    .poll(
      async () => {
        list = (await (await request.get('/api/popular?limit=8')).json()) as PopularList;
        return list.computedAt > after;
      },
      { timeout: 15_000, intervals: [500] },
    )
    .toBe(true);
  return list!;
}

async function articleOutsideTheList(request: APIRequestContext, list: PopularList): Promise<string> {
  const older = (await (await request.get('/api/stories?list=latest&page=3')).json()) as { items: { slug: string }[] };
  const slug = older.items.map((s) => s.slug).find((s) => !list.items.some((item) => item.slug === s));
  expect(slug).toBeTruthy();
  return slug!;
}

test('views from real browsers move an article up the list; bots, draft previews and same-day repeats do not', async ({
  browser,
  request,
  page,
}) => {
  test.setTimeout(90_000);
  const before = await popularAfter(request, 0);
  const target = await articleOutsideTheList(request, before);

  expect(await viewInBrowser(browser, target, { userAgent: readerAgent(1), views: 3 })).toEqual([202, 204, 204]);
  expect(await viewInBrowser(browser, target, { userAgent: BOT_AGENT })).toEqual([204]);
  expect(await viewInBrowser(browser, target, { userAgent: readerAgent(2), draftCookie: true })).toEqual([204]);
  // One unique view so far: below the minimum, so the list is still the editors' and says so.
  const afterOne = await popularAfter(request, Date.now());
  expect(afterOne.items.map((s) => s.slug)).not.toContain(target);
  expect(afterOne.basis).toBe('editorial');

  expect(await viewInBrowser(browser, target, { userAgent: readerAgent(3) })).toEqual([202]);
  const afterTwo = await popularAfter(request, Date.now());
  expect(afterTwo.items[0]?.slug).toBe(target);
  expect(afterTwo).toMatchObject({ basis: 'mixed', measured: 1 });

  // The sidebar of a page refreshes itself through react-query (the clock is moved past its 5-minute interval).
  await page.clock.install();
  await page.goto('/');
  const sidebar = page.getByTestId('most-popular');
  await expect(sidebar).toBeVisible();
  await page.clock.fastForward('05:01');
  await expect(sidebar.locator('li').first()).toHaveText(
    new RegExp(afterTwo.items[0]!.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expect(sidebar).toContainText(
    'The first story is the most read in the past hour; the rest are picked by our editors',
  );
  await expect(sidebar).toHaveAttribute('data-basis', 'mixed');
});

test('the view store holds no address, user agent or cookie', async ({ browser, request }) => {
  const [article] = ((await (await request.get('/api/popular?limit=1')).json()) as PopularList).items;
  await viewInBrowser(browser, article!.slug, { userAgent: readerAgent(77) });
  const bytes = fs
    .readdirSync(VIEWS_DATA_DIR)
    .map((file) => fs.readFileSync(path.join(VIEWS_DATA_DIR, file)).toString('latin1'))
    .join('');
  expect(bytes).toContain(article!.slug);
  for (const personal of ['127.0.0.1', 'Chrome/131.0.77.0', 'Mozilla', '__prerender_bypass', 'meridian-city'])
    expect(bytes).not.toContain(personal);
});

/** A beacon sent raw from a loopback source address of its own: a client of its own to the server. */
function beacon(data: string, from: string, headers: string[] = [], userAgent = readerAgent(5)) {
  return rawRequest(PORT, {
    method: 'POST',
    path: '/api/views',
    headers: ['Content-Type: application/json', `User-Agent: ${userAgent}`, ...headers],
    body: data,
    from,
  });
}

test('the beacon refuses bad input with 4xx, ignores prefetches and sets no cookie', async ({ request }) => {
  const { items } = (await (await request.get('/api/popular?limit=1')).json()) as PopularList;
  const slug = items[0]!.slug;
  const post = (data: string, extra: string[] = []) => beacon(data, '127.0.5.20', extra).then((r) => r.status);
  expect(await post('not json')).toBe(400);
  expect(await post(JSON.stringify({ slug, extra: 1 }))).toBe(400);
  expect(await post(JSON.stringify({ slug: 'no-such-story' }))).toBe(404);
  expect(await post(JSON.stringify({ slug: 'draft-port-automation-deal-zebraquail' }))).toBe(404);
  expect(await post(JSON.stringify({ slug: 'x'.repeat(600) }))).toBe(413);
  expect(await post(JSON.stringify({ slug }), ['Sec-Fetch-Site: cross-site'])).toBe(403);
  expect(await post(JSON.stringify({ slug }), ['Sec-Purpose: prefetch'])).toBe(204);
  const counted = await beacon(JSON.stringify({ slug }), '127.0.5.20');
  expect(counted.status).toBe(202);
  expect(counted.head).not.toMatch(/^set-cookie:/im);
  expect((await request.get('/api/popular?limit=99')).status()).toBe(400);
});

test('a flood of beacons from one address is cut off with 429, counts at most its budget, while pages still render at once', async ({
  request,
}) => {
  test.setTimeout(60_000);
  const { items } = (await (await request.get('/api/popular?limit=1')).json()) as PopularList;
  const data = JSON.stringify({ slug: items[0]!.slug });
  const statuses: number[] = [];
  let sent = 0;
  const floodStarted = Date.now();
  // 20 connections firing back to back, 600 beacons in all, from one address, each with a user agent of its own.
  const flood = Promise.all(
    Array.from({ length: 20 }, async () => {
      while (sent < 600) {
        sent += 1;
        statuses.push((await beacon(data, '127.0.5.66', [], readerAgent(1000 + sent))).status);
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
  // A hang bound only (npm test checks behaviour): a page waits for no beacon and no store call.
  expect(Math.max(...pageTimes)).toBeLessThan(10_000);
  // The default limit: a burst of 60, then one a second; of those, one address counts at most 3 readers.
  const admitted = statuses.filter((s) => s === 202 || s === 204).length;
  expect(admitted).toBeGreaterThanOrEqual(60);
  expect(admitted).toBeLessThanOrEqual(60 + Math.ceil(floodSeconds));
  expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(3);
  expect(statuses.filter((s) => s === 429)).toHaveLength(600 - admitted);
  // Another address is not affected.
  expect((await beacon(data, '127.0.5.67', [], readerAgent(9))).status).toBe(202);
});
