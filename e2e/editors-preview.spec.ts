import { expect, test } from '@playwright/test';
import { signPreview } from '../lib/editors/preview-token';
import { E2E_SECRETS } from '../playwright.config';
import { DRAFT, previewLink, SCHEDULED } from './editors-helpers';

test('a draft is 404 publicly and 200 with a banner through its preview link; exit ends the preview', async ({
  page,
  request,
}) => {
  expect((await request.get(`/articles/${DRAFT.slug}`)).status()).toBe(404);

  const response = await page.goto(previewLink(DRAFT.slug));
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`/articles/${DRAFT.slug}$`));
  await expect(page.getByTestId('preview-banner')).toContainText('Preview of a draft: not public.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT.title);
  await expect(page.locator('.article-body')).toContainText(DRAFT.marker);
  // Rendered like a published story: byline, topics, related stories, popular and latest blocks.
  for (const block of ['More on these topics', 'Read more', 'Most popular', 'Latest news']) {
    await expect(page.getByRole('heading', { name: block })).toBeVisible();
  }
  expect(response?.headers()['cache-control']).toMatch(/private/);
  expect(response?.headers()['cache-control']).toMatch(/no-store/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  // Meanwhile the public still gets a 404 (the preview filled no shared cache).
  expect((await request.get(`/articles/${DRAFT.slug}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Exit preview' }).click();
  await expect(page).toHaveURL(/\/$/);
  const after = await page.goto(`/articles/${DRAFT.slug}`);
  expect(after?.status()).toBe(404);
  expect(await page.content()).not.toContain(DRAFT.marker);
});

test('a scheduled story previews with its publication time', async ({ page, request }) => {
  expect((await request.get(`/articles/${SCHEDULED.slug}`)).status()).toBe(404);
  await page.goto(previewLink(SCHEDULED.slug));
  await expect(page.getByTestId('preview-banner')).toContainText(
    'Preview of a scheduled story: public from Mar 15, 2027',
  );
  await expect(page.locator('.article-body')).toContainText(SCHEDULED.marker);
});

test('tampered, expired, foreign and malformed links get a clear 401 and no preview', async ({ page, request }) => {
  const good = new URL(previewLink(DRAFT.slug), 'http://x');
  const tamperedSlug = `/api/preview?slug=${SCHEDULED.slug}&expires=${good.searchParams.get('expires')}&sig=${good.searchParams.get('sig')}`;
  const longer = `/api/preview?slug=${DRAFT.slug}&expires=${Number(good.searchParams.get('expires')) + 86400}&sig=${good.searchParams.get('sig')}`;
  const pastExpiry = Math.floor(Date.now() / 1000) - 60;
  const expired = `/api/preview?slug=${DRAFT.slug}&expires=${pastExpiry}&sig=${signPreview(DRAFT.slug, pastExpiry, E2E_SECRETS.PREVIEW_SECRET)}`;
  const foreign = previewLink(DRAFT.slug, 1, 'some-other-secret-0123456789abcdef');
  for (const [link, text] of [
    [tamperedSlug, 'not valid'],
    [longer, 'not valid'],
    [expired, 'expired'],
    [foreign, 'not valid'],
    ['/api/preview?slug=../../etc/passwd&expires=1&sig=x', 'not valid'],
    ['/api/preview', 'not valid'],
  ] as const) {
    const response = await request.get(link, { maxRedirects: 0 });
    expect(response.status(), link).toBe(401);
    expect(await response.text()).toContain(text);
    expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass');
  }
  const shown = await page.goto(expired);
  expect(shown?.status()).toBe(401);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview link not accepted');
});

test('a link leads only to the article it names (no open redirect)', async ({ request }) => {
  const response = await request.get(`${previewLink(DRAFT.slug)}&next=https://evil.example/&redirect=//evil.example`, {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe(`/articles/${DRAFT.slug}`);
});
