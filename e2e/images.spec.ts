import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function ogImage(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const meta = (key: string) => html.match(new RegExp(`<meta property="${key}" content="([^"]*)"`))?.[1];
  return { url: meta('og:image'), width: meta('og:image:width'), height: meta('og:image:height') };
}

test('the favicon set and the web manifest answer with their types and a cache lifetime', async ({ request }) => {
  const expected: [string, RegExp][] = [
    ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)$/],
    ['/icon.svg', /^image\/svg\+xml/],
    ['/apple-icon.png', /^image\/png$/],
    ['/manifest.webmanifest', /^application\/manifest\+json/],
  ];
  for (const [path, type] of expected) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
    expect(response.headers()['cache-control'], path).toMatch(/public, max-age=\d{4,}/);
  }
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.name).toBe('Meridian');
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toBe(icon.type);
  }
  const home = await (await request.get('/')).text();
  expect(home).toContain('<link rel="manifest" href="/manifest.webmanifest"');
  expect(home).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon\.png[^"]*"/);
});

test("an article's social card is its own picture; a page without one keeps the site card", async ({ request }) => {
  const card = await ogImage(request, '/articles/gold-climbs-as-central-banks-keep-buying');
  expect(card.url).toMatch(/\/media\/articles\/gold-climbs-as-central-banks-keep-buying\/16x9\.jpg$/);
  expect([card.width, card.height]).toEqual(['1200', '675']);
  // The card's URL is absolute on the configured site origin; the test server answers the same path.
  const image = await request.get(new URL(card.url!).pathname);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toMatch(/^image\//);
  expect((await image.body()).length).toBeGreaterThan(10_000);
  expect((await ogImage(request, '/')).url).toMatch(/\/opengraph-image/);
});

test('stories in different sections carry different illustrations', async ({ request }) => {
  const slugs = ['gold-climbs-as-central-banks-keep-buying', 'battery-plant-workers-win-wage-deal'];
  const hashes = await Promise.all(
    slugs.map(async (slug) => {
      const response = await request.get(`/images/articles/${slug}.webp`);
      expect(response.status(), slug).toBe(200);
      return sha256(await response.body());
    }),
  );
  expect(hashes[0]).not.toBe(hashes[1]);
  const cards = await Promise.all(
    slugs.map(async (slug) => sha256(await (await request.get(`/media/articles/${slug}/16x9.jpg`)).body())),
  );
  expect(cards[0]).not.toBe(cards[1]);
});
