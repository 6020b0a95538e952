import { expect, test } from '@playwright/test';
import { RIVER_PAGE_SIZE } from '../lib/content/paginate';
import { controlsOutside, horizontalOverflow, WIDTHS } from './layout-checks';

test('the homepage shows each story once, in tiers, with bylines', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page
    .locator('main a[href^="/articles/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  // The lead, four top stories, at least four section blocks of three, a page of the river and Most popular's eight.
  expect(hrefs.length).toBeGreaterThanOrEqual(1 + 4 + 4 * 3 + RIVER_PAGE_SIZE + 8);
  expect(hrefs.filter((href, i) => hrefs.indexOf(href) !== i)).toEqual([]);

  await expect(page.locator('#top-stories-heading + ul > li')).toHaveCount(4);
  expect(await page.locator('section[aria-labelledby^="front-section-"]').count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByTestId('most-popular').locator('li')).toHaveCount(8);
  const river = page.locator('section[aria-labelledby="latest-stories-heading"] article');
  await expect(river).toHaveCount(RIVER_PAGE_SIZE);
  await expect(river.first()).toContainText(/By \w+/);
});

test('the homepage fits every width from 320 to 1920 px, with a short phone header', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    expect(await horizontalOverflow(page), `horizontal scroll at ${width} px`).toBeLessThanOrEqual(0);
    expect(await controlsOutside(page), `controls outside at ${width} px`).toEqual([]);
    if (width === 390) expect((await page.locator('body > header').boundingBox())!.height).toBeLessThanOrEqual(120);
    const path = testInfo.outputPath(`home-${width}px.png`);
    await page.screenshot({ path });
    await testInfo.attach(`home-${width}px`, { path, contentType: 'image/png' });
  }
});

test('the section menu reaches every section at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  const links = page.locator('nav[aria-label="Sections"] a');
  // The footer lists every section.
  const sections = await page
    .locator('footer a[href^="/section/"]')
    .evaluateAll((footerLinks) => footerLinks.map((link) => link.getAttribute('href')!));
  expect(sections.length).toBeGreaterThan(3);
  for (const path of sections) {
    const link = links.and(page.locator(`[href="${path}"]`));
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    expect(box.x, path).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, path).toBeLessThanOrEqual(320);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('pagination is links only', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: /load more/i })).toHaveCount(0);
    await Promise.all([page.waitForURL(/\/page\/2$/), page.getByRole('link', { name: 'Older stories →' }).click()]);
    await expect(page.getByRole('button', { name: /load more/i })).toHaveCount(0);
  });
});

test('Load more follows with the address and ends cleanly', async ({ page, request }) => {
  const { totalPages: total } = (await (await request.get('/api/stories?list=latest&page=1')).json()) as {
    totalPages: number;
  };
  expect(total).toBeGreaterThan(1);
  await page.goto('/');
  const pager = page.locator('section[aria-labelledby="latest-stories-heading"]');
  const loadMore = page.getByRole('button', { name: 'Load more' });
  for (let reached = 2; reached <= total; reached += 1) {
    await loadMore.click();
    await expect(page).toHaveURL(new RegExp(`/page/${reached}$`));
  }
  await expect(loadMore).toHaveCount(0);
  await expect(pager.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0);
  await expect(pager.getByText(/Page \d+ of/)).toHaveCount(0);
  const shown = await pager.locator('h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(shown).size).toBe(shown.length);

  await page.reload();
  await expect(page.locator('#latest-stories-heading')).toHaveText(`Latest stories, page ${total}`);
});
