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

test('twenty crawler requests at once wait their turn and all get their page; a reader is served meanwhile', async ({
  request,
}) => {
  const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
  const sitemap = await (await request.get('/sitemaps/articles/1.xml')).text();
  const articles = [...sitemap.matchAll(/<loc>[^<]*(\/articles\/[a-z0-9-]+)<\/loc>/g)].map((m) => m[1]!).slice(0, 20);
  expect(articles).toHaveLength(20);
  const crawls = articles.map((path) => request.get(path, { headers: { 'User-Agent': googlebot } }));
  const reader = await request.get(PAGE_TYPES.section);
  expect(reader.status()).toBe(200);
  for (const [n, response] of (await Promise.all(crawls)).entries()) {
    expect(response.status(), articles[n]).toBe(200);
    expect(await response.text()).toContain(
      `<link rel="canonical" href="${new URL(articles[n]!, response.url()).href}"`,
    );
  }
});
