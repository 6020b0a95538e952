/** Takes a screenshot of a page in Debian's Chromium: `tsx bench/screenshot.ts URL OUT.png [width] [--no-js] [--dark] [--full]`. */
import { chromium } from '@playwright/test';

const [url, out, width = '1280'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('usage: tsx bench/screenshot.ts URL OUT.png [width] [--no-js] [--dark]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  javaScriptEnabled: !process.argv.includes('--no-js'),
  colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
});
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
await browser.close();
