import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_SECRETS } from '../playwright.config';
import { DRAFT, previewLink, SCHEDULED } from './editors-helpers';

test.describe('the newsroom, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('asks for the editor password, lists drafts, scheduled and published stories with preview links, and signs out', async ({ page, context }) => {
    const first = await page.goto('/newsroom');
    expect(first?.status()).toBe(200);
    expect(first?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.getByText(DRAFT.title)).toHaveCount(0);

    await page.getByLabel('Editor password').fill('wrong-password-guess');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('That password is not right.');

    await page.getByLabel('Editor password').fill(E2E_SECRETS.EDITOR_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsroom');
    const cookie = (await context.cookies()).find((c) => c.name === 'meridian-editor');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    const drafts = page.getByTestId('newsroom-drafts');
    await expect(drafts).toContainText(DRAFT.title);
    await expect(page.getByTestId('newsroom-scheduled')).toContainText(SCHEDULED.title);
    await expect(page.getByTestId('newsroom-scheduled')).toContainText(/publishes in \d+ days \d+ h \(Mar 15, 2027/);
    await expect(page.getByTestId('newsroom-published')).toContainText('Gold heads for monthly gain');

    // Each story's preview link opens it in preview.
    await drafts.locator('li', { hasText: DRAFT.title }).getByRole('link', { name: /Preview/ }).click();
    await expect(page.getByTestId('preview-banner')).toContainText('Preview of a draft');
    await expect(page.locator('.article-body')).toContainText(DRAFT.marker);
    await page.getByRole('button', { name: 'Exit preview' }).click();

    await page.goto('/newsroom');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByLabel('Editor password')).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === 'meridian-editor')).toBeUndefined();
    await page.goto('/newsroom');
    await expect(page.getByText(DRAFT.title)).toHaveCount(0);
  });
});

test('a forged or expired session cookie does not open the newsroom', async ({ request }) => {
  for (const value of ['1.abc', `${Math.floor(Date.now() / 1000) + 3600}.${'A'.repeat(43)}`, `9999999999.${'x'.repeat(43)}`]) {
    const html = await (await request.get('/newsroom', { headers: { Cookie: `meridian-editor=${value}` } })).text();
    expect(html).toContain('Editor password');
    expect(html).not.toContain(DRAFT.title);
  }
});

test('logins are rate-limited per client', async ({ request }) => {
  const client = { 'X-Forwarded-For': `203.0.113.${Math.floor(Math.random() * 200) + 1}` };
  const attempt = (password: string, headers: Record<string, string>) =>
    request.post('/api/newsroom/login', { headers, form: { password }, maxRedirects: 0 });
  for (let i = 0; i < 5; i += 1) expect((await attempt('guess-number-' + i, client)).status()).toBe(303);
  const blocked = await attempt(E2E_SECRETS.EDITOR_PASSWORD, client);
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
  // Another client is not affected.
  const other = await attempt(E2E_SECRETS.EDITOR_PASSWORD, { 'X-Forwarded-For': '198.51.100.7' });
  expect(other.status()).toBe(303);
  expect(other.headers()['set-cookie']).toMatch(/meridian-editor=\d+\./);
});

test('the newsroom and a preview pass an accessibility scan', async ({ page }) => {
  await page.goto('/newsroom');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByLabel('Editor password').fill(E2E_SECRETS.EDITOR_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('newsroom-drafts')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto(previewLink(DRAFT.slug));
  await expect(page.getByTestId('preview-banner')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
