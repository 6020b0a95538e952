import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './page-types';

/**
 * lib/http/html/hydrate-after-paint.ts: the page's chunk scripts are requested only once the first contentful paint
 * and the hero's paint (as the largest contentful paint) were reported, and the page then hydrates. Times come from the browser's own entries.
 */
async function loadTimings(page: Page, path: string) {
  // The time the hero was reported painted as the largest contentful paint (entries are not kept on the timeline).
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
        if (entry.element?.matches('img[fetchpriority="high"]')) (window as unknown as { heroPainted: number }).heroPainted = entry.startTime;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(path);
  // Started, loaded and hydrated: no waiting data block is left, every chunk script has its resource entry (added when
  // its response ends), and they ran (Next's runtime sets window.next).
  await page.waitForFunction(() => {
    const loaded = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
    const chunks = [...document.querySelectorAll<HTMLScriptElement>('script[src*="/_next/static/chunks/"]:not([nomodule])')];
    return document.querySelectorAll('script[type="meridian/after-paint"]').length === 0 && chunks.every((script) => loaded.has(script.src)) && 'next' in window;
  });
  return page.evaluate(() => {
    const entries = (type: string) => performance.getEntriesByType(type);
    const preloaded = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="script"]')].map((link) => link.href));
    return {
      firstContentfulPaint: entries('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? null,
      heroPainted: (window as unknown as { heroPainted?: number }).heroPainted ?? null,
      chunkRequests: entries('resource')
        .filter((entry) => entry.name.includes('/_next/static/chunks/') && entry.name.endsWith('.js') && !preloaded.has(entry.name))
        .map((entry) => entry.startTime),
    };
  });
}

test('an article requests its scripts only after its first paint and its hero image were on screen, then hydrates', async ({ page }) => {
  const { firstContentfulPaint, heroPainted, chunkRequests } = await loadTimings(page, PAGE_TYPES.article);
  expect(firstContentfulPaint).not.toBeNull();
  expect(heroPainted).not.toBeNull();
  expect(chunkRequests.length).toBeGreaterThan(3);
  for (const start of chunkRequests) expect(start).toBeGreaterThanOrEqual(Math.max(firstContentfulPaint!, heroPainted!));
});

test('a page without a hero waits for its first contentful paint only', async ({ page }) => {
  const { firstContentfulPaint, heroPainted, chunkRequests } = await loadTimings(page, PAGE_TYPES.tag);
  expect(heroPainted).toBeNull();
  expect(chunkRequests.length).toBeGreaterThan(3);
  for (const start of chunkRequests) expect(start).toBeGreaterThanOrEqual(firstContentfulPaint!);
});

test('a hero image that fails to load does not hold the scripts back', async ({ page }) => {
  await page.route(/\/_next\/image\?/, (route) => route.abort());
  const { chunkRequests } = await loadTimings(page, PAGE_TYPES.article);
  // Well before the starter's 3 s fallback.
  expect(Math.max(...chunkRequests)).toBeLessThan(2500);
});
