import fs from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { articleFile, DRAFT, previewLink, revalidate, withEditedFile } from './editors-helpers';
import { PAGE_TYPES } from './page-types';

/**
 * The front cache of `npm start` (lib/http/front-cache): what Next marks as shared-cacheable is served from memory
 * on repeat, previews never touch it, and a revalidation empties it.
 */
const FEED = '/feed.xml';
// The lead story: on the homepage, in the feed and on its own page.
const ARTICLE = 'verholt-foods-agrees-merger-with-nordvik-brands';

async function xCache(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(path, { headers, maxRedirects: 0 });
  return { status: response.status(), xCache: response.headers()['x-cache'], body: await response.text(), headers: response.headers() };
}

test('public pages and feeds are a HIT on the second request, with the same bytes', async ({ request }) => {
  // A revalidation empties the front cache, so each first request below is a miss.
  await revalidate(request, { all: true });
  for (const path of [PAGE_TYPES.home, PAGE_TYPES.article, PAGE_TYPES.section, PAGE_TYPES.tag, PAGE_TYPES.author, FEED]) {
    const first = await xCache(request, path);
    expect(first.headers['cache-control'], path).toMatch(/s-maxage=\d+/);
    expect(first.xCache, path).toBe('MISS');
    const second = await xCache(request, path);
    expect(second.xCache, path).toBe('HIT');
    // Stored compressed once; a client that accepts brotli (as browsers and this one do) gets it.
    expect(second.headers['content-encoding'], path).toBe('br');
    expect(second.body, path).toBe(first.body);
    expect(second.headers['content-security-policy'], path).toBe(first.headers['content-security-policy']);
  }
  // An RSC request for the same URL is another entry (Next answers it with a redirect to its ?_rsc= URL), never the
  // cached document.
  const rsc = await xCache(request, PAGE_TYPES.home, { RSC: '1' });
  expect(rsc.xCache).not.toBe('HIT');
  expect(rsc.headers['content-type'] ?? '').not.toMatch(/text\/html/);
});

test("the page's scripts are immutable, carry V8's compile hint and are served from memory on repeat", async ({ request }) => {
  const html = await (await request.get(PAGE_TYPES.article)).text();
  // Chunks waiting for the first paint carry their address as data-src (lib/http/html/hydrate-after-paint.ts). The
  // legacy polyfills (noModule) are skipped by current browsers and left as built.
  const scripts = [...html.matchAll(/<script [^>]*?\b(?:data-)?src="(\/_next\/static\/chunks\/[^"]+\.js)"[^>]*>/g)].filter((match) => !/noModule/i.test(match[0])).map((match) => match[1]!);
  expect(scripts.length).toBeGreaterThan(3);
  for (const path of scripts) {
    const first = await xCache(request, path);
    expect(first.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    // scripts/add-compile-hints.ts, run after the build: V8 compiles the chunk off the main thread as it streams in.
    expect(first.body.startsWith('//# allFunctionsCalledOnLoad\n'), path).toBe(true);
    const second = await xCache(request, path);
    expect(second.xCache, path).toBe('HIT');
    expect(second.body, path).toBe(first.body);
  }
  // An optimised image depends on the Accept header, which entries are not keyed on: always Next's answer.
  const image = html.match(/<img[^>]+src="(\/_next\/image\?[^"]+)"/)![1]!.replaceAll('&amp;', '&');
  for (let i = 0; i < 2; i++) expect((await xCache(request, image, { Accept: 'image/avif,image/webp,*/*' })).xCache).toBe('MISS');
});

test('pages Next sends as private are never stored', async ({ request }) => {
  for (const path of ['/newsroom', '/api/health']) {
    const first = await xCache(request, path);
    expect(first.headers['cache-control'], path).toMatch(/no-store/);
    expect((await xCache(request, path)).xCache, path).toBe('MISS');
  }
});

test('a preview is neither served from nor stored in the front cache, and never reaches the public', async ({ playwright }) => {
  const editor = await playwright.request.newContext();
  const reader = await playwright.request.newContext();
  try {
    // A public page is cached for readers...
    await xCache(reader, `/articles/${ARTICLE}`);
    expect((await xCache(reader, `/articles/${ARTICLE}`)).xCache).toBe('HIT');
    // ...but an editor in Draft Mode always goes to Next, on public and preview-only URLs alike.
    const started = await editor.get(previewLink(DRAFT.slug), { maxRedirects: 0 });
    expect(started.status()).toBe(303);
    for (const path of [FEED, `/articles/${ARTICLE}`, `/articles/${DRAFT.slug}`]) {
      expect((await xCache(editor, path)).xCache, path).toBe('BYPASS');
    }
    const preview = await xCache(editor, `/articles/${DRAFT.slug}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toContain(DRAFT.marker);
    for (let i = 0; i < 2; i++) {
      const publicView = await xCache(reader, `/articles/${DRAFT.slug}`);
      expect(publicView.status).toBe(404);
      expect(publicView.body).not.toContain(DRAFT.marker);
    }
    expect((await xCache(reader, FEED)).body).not.toContain(DRAFT.marker);
  } finally {
    await editor.dispose();
    await reader.dispose();
  }
});

test('after a revalidation the very next public request shows the edit, from every cached page', async ({ request }) => {
  const marker = `Front cache edit ${Date.now()}`;
  const pages = [FEED, `/articles/${ARTICLE}`, '/'];
  for (const path of pages) {
    await xCache(request, path);
    await xCache(request, path);
  }
  for (const path of pages) expect((await xCache(request, path)).xCache, path).toBe('HIT');
  await withEditedFile(
    ARTICLE,
    (source) => source.replace(/^title: .*$/m, `title: "${marker}"`),
    async () => {
      expect(fs.readFileSync(articleFile(ARTICLE), 'utf8')).toContain(marker);
      expect((await revalidate(request, { slugs: [ARTICLE] })).status()).toBe(200);
      for (const path of pages) {
        const after = await xCache(request, path);
        expect(after.xCache, path).not.toBe('HIT');
        expect(after.body, path).toContain(marker);
      }
    },
    request,
  );
  for (const path of pages) expect((await xCache(request, path)).body, path).not.toContain(marker);
});
