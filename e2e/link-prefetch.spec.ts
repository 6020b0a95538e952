import { expect, test, type Page } from '@playwright/test';

/** The RSC requests (Next's prefetches and client navigations) the page makes from now on. */
function rscRequests(page: Page): URL[] {
  const seen: URL[] = [];
  page.on('request', (request) => {
    if (request.headers()['rsc'] === '1') seen.push(new URL(request.url()));
  });
  return seen;
}

test('links prefetch on intent, not when they scroll into view, and still navigate without a reload', async ({
  page,
}) => {
  const requests = rscRequests(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Viewport prefetching fetched a payload for every story and section link on screen.
  expect(requests.map((url) => url.pathname)).toEqual([]);

  const firstStory = page.locator('section[aria-labelledby="latest-stories-heading"] h3 a').first();
  const href = (await firstStory.getAttribute('href'))!;
  await firstStory.hover();
  await expect.poll(() => requests.some((url) => url.pathname === href)).toBe(true);

  // A client navigation keeps the page's JavaScript state: the marker set on window survives.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await firstStory.click();
  await expect(page).toHaveURL(href);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});
