import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../test-support/page-types';

function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

test('a crawl from the homepage finds no broken internal link', async ({ request }) => {
  test.setTimeout(180_000);
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${path} -> ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const match of html.matchAll(/<a [^>]*href="(\/[^"#]*)"/g)) {
      const href = match[1]!.replace(/&amp;/g, '&');
      if (!seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(100);
});

test('the raw HTML of each page type holds its text, without JavaScript', async ({ request }) => {
  const home = visibleText(await (await request.get(PAGE_TYPES.home)).text());
  expect(home).toContain('Verholt Foods and Nordvik Brands agree $24bn merger');
  expect(home).toContain('Most popular');
  expect(home).toMatch(/\d+ (hours?|days|weeks|months) ago|yesterday|last (week|month)/);

  const articleHtml = await (await request.get(PAGE_TYPES.article)).text();
  const article = visibleText(articleHtml);
  for (const text of [
    'Markets',
    'Gold heads for monthly gain',
    'Amara Diallo',
    'Read more',
    'More on these topics',
    'Most popular',
    'Latest news',
    'Illustration: Meridian',
  ]) {
    expect(article).toContain(text);
  }
  expect(articleHtml).toMatch(/<time dateTime="2026-11-27T16:50:00.000Z"/);

  expect(visibleText(await (await request.get(PAGE_TYPES.section)).text())).toContain(
    'Stocks, bonds, currencies and commodities',
  );
  expect(visibleText(await (await request.get(PAGE_TYPES.tag)).text())).toContain(
    'Battery-powered cars, vans, trucks and buses',
  );
  expect(visibleText(await (await request.get(PAGE_TYPES.author)).text())).toContain('Lena covers carmakers');
});
