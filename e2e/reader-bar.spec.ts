import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES, SEARCH_PAGE } from '../test-support/page-types';
import { bylineTime, todayIn } from './reader-dates';

// The sample story on PAGE_TYPES.article, published 2026-11-27T16:50:00Z.
const PUBLISHED_AT = '2026-11-27T16:50:00Z';
const NEW_YORK = { Cookie: 'meridian-city=new-york' };

/** The visible text of a response's HTML, without scripts (where the RSC payload repeats it). */
async function htmlText(response: { text(): Promise<string> }): Promise<string> {
  return (await response.text())
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');
}

test('a New York reader gets New York times in the first HTML of home, article, section and search', async ({
  request,
}) => {
  const newYork = bylineTime(PUBLISHED_AT, 'America/New_York');
  const beijing = bylineTime(PUBLISHED_AT, 'Asia/Shanghai');
  for (const path of [PAGE_TYPES.home, PAGE_TYPES.article, PAGE_TYPES.section, SEARCH_PAGE]) {
    const response = await request.get(path, { headers: NEW_YORK });
    expect(response.status(), path).toBe(200);
    // Rewritten, never redirected: the reader's URL stays the page's one.
    expect(new URL(response.url()).pathname + new URL(response.url()).search).toBe(path);
    const text = await htmlText(response);
    expect(text, path).toContain('New York');
    expect(text, path).toContain(todayIn('America/New_York'));
    expect(text, path).not.toContain(beijing);
    if (path === PAGE_TYPES.article || path === SEARCH_PAGE) expect(text, path).toContain(newYork);
  }
});

test("a first-time reader gets the site's zone, and variant URLs do not exist", async ({ request }) => {
  const article = await request.get(PAGE_TYPES.article);
  const text = await htmlText(article);
  expect(text).toContain(bylineTime(PUBLISHED_AT, 'Asia/Shanghai'));
  expect(text).toContain('Beijing');
  expect(article.headers()['set-cookie']).toBeUndefined();
  for (const path of ['/new-york.c', `/beijing.c${PAGE_TYPES.article}`, `/london.f${PAGE_TYPES.section}`])
    expect((await request.get(path)).status(), path).toBe(404);
});

/** Every form control of the open reader bar lies inside the viewport, and the page never scrolls sideways. */
async function expectInsideViewport(page: Page, width: number) {
  const bar = page.getByTestId('reader-bar-slot').filter({ visible: true });
  for (const control of [bar.getByLabel('City'), bar.getByLabel('°C'), bar.getByLabel('°F'), bar.getByRole('button')]) {
    const box = await control.boundingBox();
    expect(box, 'a reader bar control is shown').not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

const PAGES = [PAGE_TYPES.home, PAGE_TYPES.article, PAGE_TYPES.section, SEARCH_PAGE, PAGE_TYPES.tag];
const WIDTHS = [320, 390, 768, 1440, 1920];

for (const [index, width] of WIDTHS.entries()) {
  for (const javaScriptEnabled of [true, false]) {
    const colorScheme = (index + (javaScriptEnabled ? 0 : 1)) % 2 === 0 ? 'light' : 'dark';
    const path = PAGES[index]!;
    test(`${width} px, ${colorScheme}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript: the city and unit change by keyboard and persist`, async ({
      browser,
    }, testInfo) => {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme,
        javaScriptEnabled,
      });
      const page = await context.newPage();
      expect((await page.goto(path))?.status()).toBe(200);
      // Visible only: after the in-place save Next keeps the previous variant's tree, hidden, for back navigation.
      const bar = page.getByTestId('reader-bar-slot').filter({ visible: true });
      await expect(bar).toContainText('Beijing');

      await bar.getByText('Change city').focus();
      await page.keyboard.press('Enter');
      await expectInsideViewport(page, width);
      await testInfo.attach(`reader bar open at ${width} px`, {
        body: await page.screenshot(),
        contentType: 'image/png',
      });
      await bar.getByLabel('City').selectOption('new-york');
      await bar.getByLabel('°F').focus();
      await page.keyboard.press('Space');
      await bar.getByRole('button', { name: 'Save' }).focus();
      await page.keyboard.press('Enter');

      await expect(bar).toContainText('New York');
      await expect(bar).toContainText(todayIn('America/New_York'));
      await expect(bar.getByTestId('temperature')).toHaveText(/°F$/);
      expect(new URL(page.url()).pathname).toBe(new URL(path, 'http://x').pathname);

      // Persisted: another page, loaded afresh, is the reader's variant.
      await page.goto(PAGE_TYPES.article);
      await expect(bar).toContainText('New York');
      await expect(page.locator('article header time').first()).toHaveText(
        bylineTime(PUBLISHED_AT, 'America/New_York'),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await testInfo.attach(`article as a New York reader at ${width} px`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
      await context.close();
    });
  }
}
