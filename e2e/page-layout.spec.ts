import { expect, test } from '@playwright/test';
import { PAGE_TYPES, SEARCH_PAGE } from '../test-support/page-types';
import { controlsOutside, horizontalOverflow, WIDTHS } from './layout-checks';

const PAGES = { ...PAGE_TYPES, search: SEARCH_PAGE };

// Every page type at every width, with and without JavaScript, light and dark in turn: nothing scrolls sideways,
// every control is inside the viewport, and a screenshot of each is kept with the test's output.
for (const javaScriptEnabled of [true, false]) {
  test(`every page type fits every width ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    for (const [index, width] of WIDTHS.entries()) {
      const colorScheme = (index % 2 === 0) === javaScriptEnabled ? 'light' : 'dark';
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled, colorScheme });
      const page = await context.newPage();
      for (const [type, path] of Object.entries(PAGES)) {
        await page.goto(path);
        const where = `${type} at ${width} px (${colorScheme})`;
        expect(await horizontalOverflow(page), `horizontal scroll: ${where}`).toBeLessThanOrEqual(0);
        expect(await controlsOutside(page), `controls outside: ${where}`).toEqual([]);
        const name = `${type}-${width}px-${colorScheme}${javaScriptEnabled ? '' : '-nojs'}`;
        const file = testInfo.outputPath(`${name}.png`);
        await page.screenshot({ path: file });
        await testInfo.attach(name, { path: file, contentType: 'image/png' });
      }
      await context.close();
    }
  });
}
