/** Takes a screenshot of a page in Debian's Chromium: `tsx bench/screenshot.ts URL OUT.png [width] [--no-js] [--dark] [--full]`. */
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test-support/chromium';

const [url, out, width = '1280'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('usage: tsx bench/screenshot.ts URL OUT.png [width] [--no-js] [--dark]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  javaScriptEnabled: !process.argv.includes('--no-js'),
  colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
