import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { E2E_CONTENT_DIR, E2E_MEDIA_DIR } from '../playwright.config';
import { E2E_ADMIN } from '../test-support/desk-accounts';
import { decompressionBomb } from '../test-support/image-bomb';
import { createAccount, signIn, type Credentials } from './editors-helpers';

const HEADLINE = 'Harbour cranes return as dock strike ends after nine days';
const SECOND_HEADLINE = 'Harbour cranes return with a new pay deal for dock workers';
const SLUG = 'harbour-cranes-return-as-dock-strike-ends-after-nine-days';
const PUBLIC_LISTS = [
  '/',
  '/section/markets',
  '/tag/commodities',
  '/feed.xml',
  '/news-sitemap.xml',
  '/sitemaps/articles/1.xml',
];
// Other spec files share the server and its accounts: unique addresses per run.
const run = Date.now().toString(36);
const EDITOR = { name: 'Eda Editor', email: `eda.${run}@e2e.example`, password: 'brass compass on the copy desk' };
const CONTRIBUTOR = {
  name: 'Cole Contributor',
  email: `cole.${run}@e2e.example`,
  password: 'nine herons over estuary',
};

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  // The scratch content folder becomes a git repository, as a newsroom's content would be.
  const git = (...args: string[]) => execFileSync('git', ['-C', E2E_CONTENT_DIR, ...args], { encoding: 'utf8' });
  if (!fs.existsSync(path.join(E2E_CONTENT_DIR, '.git'))) {
    git('init', '--quiet');
    git('add', '-A');
    git('-c', 'user.name=Setup', '-c', 'user.email=setup@example.test', 'commit', '--quiet', '-m', 'Start');
  }
});

async function signedInPage(browser: Browser, who: Credentials = E2E_ADMIN): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsroom');
  return page;
}

/** The form's island has started (slug from headline, the browser's time zone, autosave). */
async function enhanced(page: Page) {
  await expect(page.locator('form[data-enhanced="true"]')).toHaveCount(1);
}

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).exclude('iframe').analyze()).violations).toEqual([]);
}

/** A picture as a camera would give it, large enough for every crop. */
function photo() {
  return sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#2f6690' } });
}

/** What the upload left in the media folder. */
function mediaFiles(): string[] {
  return fs.existsSync(E2E_MEDIA_DIR) ? fs.readdirSync(E2E_MEDIA_DIR).sort() : [];
}

/** The wall-clock value a datetime-local input takes for an instant, in the browser's own zone. */
function localValue(page: Page, at: number): Promise<string> {
  return page.evaluate((ms) => {
    const d = new Date(ms);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  }, at);
}

test('a contributor writes a story with an uploaded picture and submits it; an editor schedules, updates, unpublishes and restores', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const admin = await signedInPage(browser);
  await admin.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'People' }).click();
  await createAccount(admin, EDITOR, 'editor');
  await createAccount(admin, CONTRIBUTOR, 'contributor');
  await admin.context().close();

  const page = await signedInPage(browser, CONTRIBUTOR);
  await page.getByRole('link', { name: 'Stories' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Write a new story' }).click();
  await enhanced(page);
  await page.getByLabel('Headline', { exact: true }).fill(HEADLINE);
  await expect(page.getByLabel(/^Slug/)).toHaveValue(SLUG);
  await page
    .getByLabel('Summary (dek)')
    .fill('Dock workers voted to accept a three-year deal, and the terminal reopened at dawn.');
  await page.getByLabel('Section', { exact: true }).selectOption('markets');
  await page.getByRole('checkbox', { name: 'Commodities' }).check();
  await page.getByRole('checkbox', { name: 'Amara Diallo' }).check();
  await page.getByLabel('Alt text (what the picture shows)').fill('Cranes over a quay at dawn');
  await page.getByLabel('Caption', { exact: true }).fill('The terminal reopened on Friday.');
  await page.getByLabel('Credit', { exact: true }).fill('Photo: Meridian');
  // The upload by keyboard: from the credit, Tab reaches the file field, then the button; Enter sends the form.
  await page
    .getByLabel('Upload a picture')
    .setInputFiles({ name: 'quay.jpg', mimeType: 'image/jpeg', buffer: await photo().jpeg().toBuffer() });
  await page.getByLabel('Credit', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Upload a picture')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Upload picture' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('desk-notice')).toContainText('Picture uploaded');
  const heroSrc = await page.getByLabel('Picture path').inputValue();
  expect(heroSrc).toMatch(/^\/media\/uploads\/harbour-cranes-[\w-]+\.webp$/);
  const base = path.posix.basename(heroSrc, '.webp');
  expect(mediaFiles().filter((name) => name.startsWith(`${base}.`))).toEqual(
    ['16x9.jpg', '1x1.jpg', '4x3.jpg', 'webp'].map((end) => `${base}.${end}`),
  );
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(HEADLINE);
  await enhanced(page);
  const body = page.getByLabel('Story (Markdown)');
  await body.fill('The first ships were unloaded at dawn.\n\n');
  await page.getByRole('button', { name: 'Bold' }).click();
  // The live preview, at phone and desktop widths, shows what was just typed.
  for (const title of ['Preview at phone width', 'Preview at desktop width']) {
    const frame = page.frameLocator(`iframe[title="${title}"]`);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
    await expect(frame.locator('strong')).toHaveText('bold text');
  }
  const previewHero = page.frameLocator('iframe[title="Preview at desktop width"]').locator('figure img');
  await expect(previewHero).toHaveAttribute('src', new RegExp(encodeURIComponent(heroSrc)));
  await expectNoAxeViolations(page);
  await expect(page.getByRole('button', { name: 'Schedule' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('desk-notice')).toContainText('Submitted for review.');
  expect(new URL(page.url()).pathname).toBe(`/newsroom/stories/${SLUG}`);

  // The editor schedules it 40 s ahead: on no public list before its time, on every one within 60 s of it.
  const editor = await signedInPage(browser, EDITOR);
  await editor.goto(`/newsroom/stories/${SLUG}`);
  await enhanced(editor);
  const due = Date.now() + 40_000;
  await editor.getByLabel('Publication time').fill(await localValue(editor, due));
  await editor.getByRole('button', { name: 'Schedule' }).click();
  await expect(editor.getByTestId('desk-notice')).toContainText('Scheduled.');
  for (const list of PUBLIC_LISTS) expect(await (await request.get(list)).text(), list).not.toContain(SLUG);
  expect((await request.get(`/articles/${SLUG}`)).status()).toBe(404);
  const early: string[] = [];
  await expect
    .poll(
      async () => {
        const bodies = await Promise.all(PUBLIC_LISTS.map(async (list) => (await request.get(list)).text()));
        const listed = PUBLIC_LISTS.filter((_, i) => bodies[i]!.includes(SLUG));
        // Answered before its time (the clock read after the answers came) yet listing it: too early.
        if (Date.now() < due) early.push(...listed);
        return listed.length;
      },
      { timeout: due - Date.now() + 60_000, intervals: [2000] },
    )
    .toBe(PUBLIC_LISTS.length);
  expect(early).toEqual([]);

  // The uploaded picture as readers and crawlers get it: the file, next/image's widths, the social crop, the feed.
  const article = await (await request.get(`/articles/${SLUG}`)).text();
  const served = await request.get(heroSrc);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/webp');
  expect(served.headers()['cache-control']).toContain('immutable');
  const optimised = /\/_next\/image\?url=%2Fmedia%2Fuploads%2F[^"\s]+/.exec(article)?.[0].replaceAll('&amp;', '&');
  expect(optimised).toBeTruthy();
  expect((await request.get(optimised!)).status()).toBe(200);
  const card = /<meta property="og:image" content="([^"]+)"/.exec(article)?.[1] ?? '';
  expect(card).toContain(`/media/articles/${SLUG}/16x9.jpg`);
  expect((await request.get(new URL(card).pathname)).headers()['content-type']).toBe('image/jpeg');
  expect(await (await request.get('/feed.xml')).text()).toContain(heroSrc);
  expect((await request.get('/media/uploads/no-such-picture.webp')).status()).toBe(404);
  expect((await request.get('/media/uploads/package.json')).status()).toBe(404);
  expect((await request.get('/media/uploads/..%2f..%2fpackage.json')).status()).toBe(400);

  // Update: the article shows the new headline on the next request, with a new dateModified.
  const before = await (await request.get(`/articles/${SLUG}`)).text();
  const modifiedBefore = /"dateModified":"([^"]+)"/.exec(before)?.[1];
  await editor.goto(`/newsroom/stories/${SLUG}`);
  await enhanced(page);
  await expect(editor.getByLabel(/^Slug/)).toHaveAttribute('readonly', '');
  await editor.getByLabel('Headline', { exact: true }).fill(SECOND_HEADLINE);
  await editor.getByRole('button', { name: 'Update' }).click();
  await expect(editor.getByTestId('desk-notice')).toContainText('Updated.');
  const after = await (await request.get(`/articles/${SLUG}`)).text();
  expect(after).toContain(SECOND_HEADLINE);
  expect(/"dateModified":"([^"]+)"/.exec(after)?.[1]).not.toBe(modifiedBefore);

  // Unpublish: 410 Gone, and on no list, feed or sitemap.
  await editor.getByRole('button', { name: 'Unpublish' }).click();
  await expect(editor.getByTestId('desk-notice')).toContainText('Unpublished');
  expect((await request.get(`/articles/${SLUG}`)).status()).toBe(410);
  for (const list of PUBLIC_LISTS) expect(await (await request.get(list)).text(), list).not.toContain(SLUG);

  // History: every save is a revision by the editor; restoring the first brings its headline back.
  await editor.getByRole('link', { name: 'History of this story' }).click();
  const rows = editor.getByTestId('revisions').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText('Unpublish');
  await expect(rows.first()).toContainText(EDITOR.name);
  await expect(rows.last()).toContainText(CONTRIBUTOR.name);
  await editor.getByRole('button', { name: 'Show the changes between the two chosen revisions' }).click();
  await expect(editor.getByTestId('diff')).toContainText(`+title: ${SECOND_HEADLINE}`);
  await expectNoAxeViolations(editor);
  await editor.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(editor.getByTestId('desk-notice')).toContainText('Revision restored');
  await expect(editor.getByLabel('Headline', { exact: true })).toHaveValue(HEADLINE);
});

test('two editors: the second save is refused, showing both versions, and nothing is lost', async ({ browser }) => {
  const [first, second] = [await signedInPage(browser), await signedInPage(browser)];
  for (const page of [first, second]) {
    await page.goto(`/newsroom/stories/${SLUG}`);
    await enhanced(page);
  }
  await first.getByLabel('Headline', { exact: true }).fill('First editor rewrites the harbour headline');
  await first.getByRole('button', { name: 'Save draft' }).click();
  await expect(first.getByTestId('desk-notice')).toContainText('Draft saved.');
  await second.getByLabel('Headline', { exact: true }).fill('Second editor rewrites it differently');
  await second.getByRole('button', { name: 'Save draft' }).click();
  const conflict = second.getByTestId('conflict');
  await expect(conflict).toBeVisible();
  await expect(second.getByTestId('theirs-title')).toHaveText('First editor rewrites the harbour headline');
  await expect(second.getByTestId('mine-title')).toHaveText('Second editor rewrites it differently');
  await expect(second.getByLabel('Headline', { exact: true })).toHaveValue('Second editor rewrites it differently');
  const file = fs.readFileSync(path.join(E2E_CONTENT_DIR, 'articles', `${SLUG}.md`), 'utf8');
  expect(file).toContain('First editor rewrites the harbour headline');
});

test('bad input: a clear message at each field, nothing written outside data/, no script runs', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const page = await signedInPage(browser);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Other programs write to the temp folder too: look for what this test could have written there.
  const escaped = () => fs.readdirSync(path.dirname(E2E_CONTENT_DIR)).filter((name) => name.includes('escaped'));
  const articles = () => fs.readdirSync(path.join(E2E_CONTENT_DIR, 'articles')).sort();
  const articlesBefore = articles();
  await page.goto('/newsroom/stories/new');
  await enhanced(page);
  const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  await page.getByLabel('Headline', { exact: true }).fill('x'.repeat(5000));
  await page.getByLabel(/^Slug/).fill('../../escaped');
  await page.getByLabel('Summary (dek)').fill(`A summary that carries ${script}`);
  await page.getByLabel('Caption', { exact: true }).fill(script);
  await page.getByLabel('Story (Markdown)').fill(script);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByTestId('story-errors')).toBeVisible();
  for (const [label, message] of [
    ['Headline', 'must be at most 140 characters'],
    [/^Slug/, 'must be lowercase words joined by hyphens'],
    ['Summary (dek)', 'must be plain text'],
    ['Caption', 'must be plain text'],
    ['Story (Markdown)', 'must be Markdown'],
  ] as const)
    await expect(page.getByLabel(label, { exact: typeof label === 'string' })).toHaveAccessibleDescription(
      new RegExp(message),
    );
  await expectNoAxeViolations(page);
  expect(articles()).toEqual(articlesBefore);
  expect(escaped()).toEqual([]);
  expect(dialogs).toEqual([]);

  // Pictures that are not what they claim: a message at the file field, and no file written.
  const mediaBefore = mediaFiles();
  const fileField = page.getByLabel('Upload a picture');
  await page.getByLabel('Alt text (what the picture shows)').fill('A picture that is not one');
  await page.getByLabel('Caption', { exact: true }).fill('Not a picture.');
  await page.getByLabel('Credit', { exact: true }).fill('Nobody');
  const words = Buffer.from('Plain words in a file renamed to look like a photo.\n'.repeat(40));
  await fileField.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: words });
  await page.getByRole('button', { name: 'Upload picture' }).click();
  await expect(fileField).toHaveAccessibleDescription(/"photo.jpg" is not a JPEG, PNG or WebP picture/);
  await expect(fileField).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  const uploadTo = (await page.getByRole('button', { name: 'Upload picture' }).getAttribute('formaction'))!;
  for (const [picture, message] of [
    [Object.assign(Buffer.alloc(50 * 1024 * 1024), [0xff, 0xd8, 0xff]), /larger than 15 MB/],
    [decompressionBomb(), /more than 50 million pixels/],
  ] as const) {
    const sent = await page.request.post(uploadTo, {
      multipart: {
        draftId: new URL(uploadTo, page.url()).searchParams.get('draft')!,
        'hero.alt': 'A picture that is not one',
        'hero.caption': 'Not a picture.',
        'hero.credit': 'Nobody',
        heroFile: { name: 'upload.png', mimeType: 'image/png', buffer: picture },
      },
      maxRedirects: 0,
    });
    expect(sent.status()).toBe(303);
    await page.goto(sent.headers()['location']!);
    await expect(fileField).toHaveAccessibleDescription(message);
  }
  expect(mediaFiles()).toEqual(mediaBefore);

  // Forged posts, without the page: refused with a clear 4xx.
  const post = (headers: Record<string, string>, data: string) =>
    request.post('/api/newsroom/stories', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      data,
      maxRedirects: 0,
    });
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  expect((await post({}, 'intent=publish')).status()).toBe(401);
  expect((await post({ Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' }, 'intent=publish')).status()).toBe(403);
  expect((await post({ Cookie: cookie }, 'intent=delete-everything')).status()).toBe(400);
  expect((await post({ Cookie: cookie }, `intent=draft&body=${'a'.repeat(1_100_000)}`)).status()).toBe(413);
  expect(articles()).toEqual(articlesBefore);
});

test('the upload works without JavaScript', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page);
  await page.goto('/newsroom/stories/new');
  await page.getByLabel('Alt text (what the picture shows)').fill('Cranes over a quay at dawn');
  await page.getByLabel('Caption', { exact: true }).fill('The terminal reopened on Friday.');
  await page.getByLabel('Credit', { exact: true }).fill('Photo: Meridian');
  await page
    .getByLabel('Upload a picture')
    .setInputFiles({ name: 'quay.png', mimeType: 'image/png', buffer: await photo().png().toBuffer() });
  await page.getByRole('button', { name: 'Upload picture' }).click();
  await expect(page.getByTestId('desk-notice')).toContainText('Picture uploaded');
  await expect(page.getByLabel('Picture path')).toHaveValue(/^\/media\/uploads\/[a-z0-9-]+\.webp$/);
  await expect(page.getByLabel('Credit', { exact: true })).toHaveValue('Photo: Meridian');
});
