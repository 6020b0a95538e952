import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from '../test-support/page-types';

/** Article pages' reader furniture (item 2 of issue 24) and the site's own pages (item 6). */
const ARTICLE = PAGE_TYPES.article;
const SITE_PAGES = {
  about: 'About Meridian',
  contact: 'Contact',
  privacy: 'Privacy',
  corrections: 'Corrections policy',
};

async function jsonLd(page: Page, type: string): Promise<Record<string, unknown>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const found = blocks.flatMap((text) => [JSON.parse(text)].flat()).find((data) => data['@type'] === type);
  expect(found, type).toBeTruthy();
  return found;
}

const slugsIn = (page: Page, heading: string) =>
  page
    .locator(`section[aria-labelledby="${heading}"] a[href^="/articles/"]`)
    .evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);

test('an article shows its breadcrumb, reading time, share links and authors, loading nothing from elsewhere', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(ARTICLE, { waitUntil: 'networkidle' });

  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
  await expect(crumbs).toHaveText(['Home', 'Markets']);
  const list = (await jsonLd(page, 'BreadcrumbList')).itemListElement as { name: string; item: string }[];
  expect(list.map((item) => item.name).slice(0, 2)).toEqual(['Home', 'Markets']);
  expect(
    await crumbs.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
  ).toEqual(list.slice(0, 2).map((item) => new URL(item.item).pathname));

  const wordCount = (await jsonLd(page, 'NewsArticle')).wordCount as number;
  await expect(page.getByTestId('reading-time')).toHaveText(`${Math.max(1, Math.round(wordCount / 230))} min read`);

  const share = page.getByRole('region', { name: 'Share this story' });
  for (const name of ['Share by email', 'Share on X', 'Share on LinkedIn', 'Share on Facebook']) {
    const link = share.getByRole('link', { name: new RegExp(`^${name}`) });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(await link.getAttribute('href')).toContain(encodeURIComponent(`/articles/${ARTICLE.split('/').pop()}`));
  }

  const bio = page.getByTestId('author-bio').first();
  await expect(bio).toContainText('Amara Diallo');
  await expect(bio).toContainText('emerging markets');
  const photo = bio.locator('img');
  await photo.scrollIntoViewIfNeeded();
  await expect(photo).toBeVisible();
  // Loaded lazily, below the fold: decoded once scrolled to.
  await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  // Share links are plain links: until a click, every request (the lazy photo's too) stays on this origin.
  expect(requests.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
});

test('no list under an article repeats the article or another list', async ({ page }) => {
  await page.goto(ARTICLE);
  const readMore = await slugsIn(page, 'read-more-heading');
  const latest = await slugsIn(page, 'latest-heading');
  expect(readMore.length).toBeGreaterThanOrEqual(3);
  expect(latest.length).toBeGreaterThanOrEqual(4);
  expect([...readMore, ...latest]).not.toContain(ARTICLE);
  expect(new Set([...readMore, ...latest]).size).toBe(readMore.length + latest.length);
});

test('the copy-link button is an enhancement: absent without JavaScript, copies the address with it', async ({
  browser,
  baseURL,
}) => {
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(`${baseURL}${ARTICLE}`);
  await expect(noScript.getByRole('link', { name: /^Share on X/ })).toBeVisible();
  await expect(noScript.getByRole('button', { name: /Copy link|Share…/ })).toHaveCount(0);
  await plain.close();

  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${baseURL}${ARTICLE}`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${ARTICLE}$`));
  await context.close();
});

test('the site pages answer 200 with their own canonical, are linked from the footer and listed in the sitemap', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const footer = page.getByRole('navigation', { name: 'About Meridian' });
  for (const [slug, title] of Object.entries(SITE_PAGES)) {
    await expect(footer.locator(`a[href="/${slug}"]`)).toBeVisible();
    const response = await page.goto(`/${slug}`);
    expect(response?.status(), slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(`^${title}`));
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(`/${slug}`);
  }
  expect((await request.get('/about-us')).status()).toBe(404);

  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('/sitemaps/pages.xml</loc>');
  const pages = await (await request.get('/sitemaps/pages.xml')).text();
  for (const slug of Object.keys(SITE_PAGES)) expect(pages).toContain(`/${slug}</loc>`);
});

test('the privacy page names the preference cookies, and reading it stores nothing', async ({ page, context }) => {
  await page.goto('/privacy', { waitUntil: 'networkidle' });
  const body = page.locator('article');
  await expect(body.getByRole('cell', { name: 'meridian-city' })).toBeVisible();
  await expect(body.getByRole('cell', { name: 'meridian-unit' })).toBeVisible();
  await expect(body).toContainText('salt');
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

for (const path of [ARTICLE, '/privacy']) {
  test(`${path} has no axe violations`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
