import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_CONTENT_DIR } from '../playwright.config';
import { PAGE_TYPES } from '../test-support/page-types';
import { revalidate, signIn } from './editors-helpers';

/**
 * Live coverage (issue 26, decision 017): an editor posts updates at the desk while a reader has the live page open;
 * the reader is told, clicks, and reads them in order; permalinks, the page without JavaScript, the JSON-LD, axe,
 * and what the desk refuses (HTML in an update, a contributor's forged pin or end, an oversized body).
 */
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const LIVE = PAGE_TYPES.live;
const SLUG = LIVE.split('/').at(-1)!;
const DESK = `/newsroom/live/${SLUG}`;
const UPDATES_DIR = path.join(E2E_CONTENT_DIR, 'live', SLUG);
const STORY_FILE = path.join(E2E_CONTENT_DIR, 'articles', `${SLUG}.md`);
const run = Date.now().toString(36);
const CONTRIBUTOR = {
  name: 'Cas Live',
  email: `cas.live.${run}@e2e.example`,
  password: 'amber tram crosses the fjord at noon',
};
const HEADLINES: [string, string, string] = [
  'Result: 71 per cent vote for the bid',
  'Nordkyst concedes defeat',
  'Shares resume trading at NOK 210',
];

const git = (...args: string[]) => execFileSync('git', ['-C', E2E_CONTENT_DIR, ...args], { encoding: 'utf8' }).trim();
const updateFiles = () => fs.readdirSync(UPDATES_DIR).filter((name) => name.endsWith('.md'));

// The admin signs in once (a sign-in costs a deliberate fraction of a second of CPU); each test opens its own pages.
let adminState: Awaited<ReturnType<BrowserContext['storageState']>>;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsroom', { timeout: 15_000 });
  adminState = await context.storageState();
  // A page rendered by an earlier run of this file may sit in the build's cache: start from the folder as it is.
  expect((await revalidate(context.request, { slugs: [SLUG] })).status()).toBe(200);
  await context.close();
  // The scratch content folder becomes a git repository, as a newsroom's content would be.
  if (!fs.existsSync(path.join(E2E_CONTENT_DIR, '.git'))) {
    git('init', '--quiet');
    git('add', '-A');
    git('-c', 'user.name=Setup', '-c', 'user.email=setup@example.test', 'commit', '--quiet', '-m', 'Start');
  }
});

async function deskPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ storageState: adminState })).newPage();
  await page.goto(DESK);
  return page;
}

const updatesList = (page: Page) =>
  page.locator('section[aria-labelledby="live-updates-title"] article[id^="update-"]');

test('an editor posts three updates; the open page offers them and shows them in order', async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage();
  const editor = await deskPage(browser);
  await reader.goto(LIVE);
  const before = await updatesList(reader).count();
  // The reader is reading an update further down: nothing may move it until they ask.
  const reading = updatesList(reader).nth(3);
  await reading.scrollIntoViewIfNeeded();
  const readingTop = async () => (await reading.boundingBox())!.y;
  const topBefore = await readingTop();
  const commitsBefore = Number(git('rev-list', '--count', 'HEAD'));

  for (const [index, headline] of HEADLINES.entries()) {
    await editor.getByLabel('Headline').first().fill(headline);
    await editor
      .getByLabel('Text (Markdown)')
      .first()
      .fill(`Update ${index + 1} of the count, **as announced**.`);
    const posted = Date.now();
    await editor.getByRole('button', { name: 'Post update' }).click();
    await expect(editor.getByRole('status')).toHaveText('Update posted.');
    const notice = reader.getByRole('button', { name: `${index + 1} new update${index ? 's' : ''}` });
    await expect(notice).toBeVisible({ timeout: 10_000 });
    console.log(`live: notice of ${index + 1} new update(s) ${Date.now() - posted} ms after "Post update"`);
    expect(await readingTop()).toBe(topBefore);
  }
  expect(Number(git('rev-list', '--count', 'HEAD'))).toBe(commitsBefore + 3);
  expect(git('log', '-1', '--format=%an|%s')).toBe(`Robin Admin|Post update: ${await storyTitle()} / ${HEADLINES[2]}`);

  await reader.getByRole('button', { name: '3 new updates' }).click();
  const headlines = updatesList(reader).locator('h3');
  await expect(updatesList(reader)).toHaveCount(before + 3);
  await expect(headlines.nth(0)).toHaveText(HEADLINES[2]);
  await expect(headlines.nth(1)).toHaveText(HEADLINES[1]);
  await expect(headlines.nth(2)).toHaveText(HEADLINES[0]);
  await expect(updatesList(reader).first()).toBeInViewport();
  await expect(reader.getByRole('button', { name: /new update/ })).toHaveCount(0);
  // The homepage's teaser carries the badge and the latest headline.
  await reader.goto('/');
  await expect(reader.getByTestId('live-teaser').first()).toHaveText(`Live Latest: ${HEADLINES[2]}`);
  await reader.context().close();
  await editor.context().close();
});

async function storyTitle(): Promise<string> {
  return /^title: '?(.*?)'?$/m.exec(fs.readFileSync(STORY_FILE, 'utf8'))![1]!.replace(/''/g, "'");
}

test('a script in an update is refused and nothing executes; a javascript: link is made harmless', async ({
  browser,
}) => {
  const editor = await deskPage(browser);
  const files = updateFiles().length;
  await editor.getByLabel('Headline').first().fill('A hostile update');
  await editor.getByLabel('Text (Markdown)').first().fill('Hello <script>window.__pwned = 1</script>');
  const refused = editor.waitForResponse((r) => r.url().includes('/api/newsroom/live/'));
  await editor.getByRole('button', { name: 'Post update' }).click();
  expect((await refused).status()).toBe(400);
  await expect(editor.getByText('HTML tags such as <script> are not allowed')).toBeVisible();
  expect(updateFiles()).toHaveLength(files);

  await editor.goto(DESK);
  await editor.getByLabel('Headline').first().fill('A link that is only a link');
  await editor.getByLabel('Text (Markdown)').first().fill('[Read the filing](javascript:window.__pwned=1)');
  await editor.getByRole('button', { name: 'Post update' }).click();
  await expect(editor.getByRole('status')).toHaveText('Update posted.');
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(LIVE);
  const link = reader.getByText('Read the filing');
  await expect(link).toBeVisible();
  expect(await link.getAttribute('href')).toBeNull();
  await link.click();
  expect(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await reader.context().close();
  await editor.context().close();
});

test('a permalink scrolls to its update', async ({ page }) => {
  const id = updateFiles().sort()[1]!.replace(/\.md$/, '');
  await page.goto(`${LIVE}#update-${id}`);
  await expect(page.locator(`#update-${id}`)).toBeInViewport();
});

test('without JavaScript the page shows every update, and its JSON-LD has one liveBlogUpdate per update', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(LIVE);
  const ids = updateFiles().map((name) => `update-${name.replace(/\.md$/, '')}`);
  const shown = await updatesList(page).evaluateAll((articles) => articles.map((a) => a.id));
  expect(shown.sort()).toEqual(ids.sort());
  await expect(page.getByRole('link', { name: 'Reload for the latest updates' })).toHaveAttribute('href', LIVE);
  await expect(page.getByRole('navigation', { name: 'Key events' })).toBeVisible();

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const live = blocks.flatMap((text) => [JSON.parse(text)].flat()).find((d) => d['@type'] === 'LiveBlogPosting');
  // Google's live blog rich result requires an end time, the expected one while coverage goes on.
  expect(live.coverageStartTime).toBe('2026-12-04T07:30:00.000Z');
  expect(Date.parse(live.coverageEndTime)).toBeGreaterThan(Date.parse(live.coverageStartTime));
  expect(live.liveBlogUpdate).toHaveLength(ids.length);
  for (const update of live.liveBlogUpdate) {
    expect(update).toMatchObject({
      '@type': 'BlogPosting',
      headline: expect.any(String),
      articleBody: expect.any(String),
    });
    expect(Date.parse(update.datePublished)).not.toBeNaN();
    expect(ids).toContain(new URL(update.url).hash.slice(1));
  }
  await page.context().close();
});

test('the live page and the live desks have no axe violations', async ({ browser, page }) => {
  await page.goto(LIVE);
  await expect(page.getByRole('heading', { name: 'Latest updates' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const editor = await deskPage(browser);
  expect((await new AxeBuilder({ page: editor }).analyze()).violations).toEqual([]);
  await editor.goto('/newsroom/live');
  await expect(editor.getByRole('button', { name: 'Start live coverage' })).toBeVisible();
  expect((await new AxeBuilder({ page: editor }).analyze()).violations).toEqual([]);
  await editor.context().close();
});

// Ending coverage is left to the unit tests (live-desk.test.ts): this server is shared with the other spec files.
test("a contributor's forged start, pin and end get 403 and write nothing; a 1 MB body gets 413", async ({
  browser,
}) => {
  const admin = await deskPage(browser);
  const created = await admin.request.post('/api/newsroom/accounts', { form: { ...CONTRIBUTOR, role: 'contributor' } });
  expect(created.status()).toBe(200); // followed the 303 back to the people page
  expect(created.url()).toContain('done=');
  // The contributor signs in, then sends by hand what the desk never offers them, with their session cookie.
  const contributor = await browser.newContext();
  const contributorPage = await contributor.newPage();
  await signIn(contributorPage, CONTRIBUTOR);
  await expect(contributorPage.getByRole('heading', { level: 1 })).toHaveText('Newsroom', { timeout: 15_000 });
  const cookie = (await contributor.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

  const story = fs.readFileSync(STORY_FILE, 'utf8');
  const head = git('rev-parse', 'HEAD');
  const id = updateFiles()[0]!.replace(/\.md$/, '');
  const plain = path.join(E2E_CONTENT_DIR, 'articles', `${PAGE_TYPES.article.split('/').at(-1)}.md`);
  const plainBefore = fs.readFileSync(plain, 'utf8');
  for (const [target, form] of [
    [SLUG, { action: 'pin', id }],
    [SLUG, { action: 'end', id: '' }],
    ['', { action: 'start', slug: path.basename(plain, '.md') }],
  ] as const) {
    const response = await contributor.request.post(`/api/newsroom/live${target ? `/${target}` : ''}`, {
      form,
      headers: { cookie },
      maxRedirects: 0,
    });
    expect(response.status(), form.action).toBe(403);
    expect(await response.text()).toContain('may not');
  }
  const huge = await admin.request.post(`/api/newsroom/live/${SLUG}`, {
    form: { action: 'post', headline: 'A very long update', body: 'x'.repeat(1024 * 1024), author: 'sofia-lindqvist' },
    maxRedirects: 0,
  });
  expect(huge.status()).toBe(413);
  expect(fs.readFileSync(STORY_FILE, 'utf8')).toBe(story);
  expect(fs.readFileSync(plain, 'utf8')).toBe(plainBefore);
  expect(git('rev-parse', 'HEAD')).toBe(head);

  await contributor.close();
  await admin.context().close();
});
