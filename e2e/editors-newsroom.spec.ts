import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_ADMIN } from '../test-support/desk-accounts';
import { DRAFT, loginBody, previewLink, SCHEDULED, signIn } from './editors-helpers';
import { rawRequest } from './raw-http';

const PORT = Number(process.env.E2E_PORT ?? 3100);

test.describe('the newsroom, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('asks for an account, lists drafts, scheduled and published stories with preview links, and signs out', async ({
    page,
    context,
  }) => {
    const first = await page.goto('/newsroom');
    expect(first?.status()).toBe(200);
    expect(first?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.getByText(DRAFT.title)).toHaveCount(0);

    await signIn(page, { email: E2E_ADMIN.email, password: 'wrong-password-guess' });
    await expect(page.getByRole('alert')).toHaveText('That e-mail address and password do not match an account.');

    await signIn(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newsroom');
    await expect(page.getByTestId('desk-who')).toHaveText(`Signed in as ${E2E_ADMIN.name} (admin)`);
    const cookie = (await context.cookies()).find((c) => c.name.endsWith('meridian-editor'));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

    const drafts = page.getByTestId('newsroom-drafts');
    await expect(drafts).toContainText(DRAFT.title);
    await expect(page.getByTestId('newsroom-scheduled')).toContainText(SCHEDULED.title);
    await expect(page.getByTestId('newsroom-scheduled')).toContainText(/publishes in \d+ days \d+ h \(Mar 15, 2027/);
    await expect(page.getByTestId('newsroom-published')).toContainText('Gold heads for monthly gain');

    // Each story's preview link opens it in preview.
    await drafts
      .locator('li', { hasText: DRAFT.title })
      .getByRole('link', { name: /Preview/ })
      .click();
    await expect(page.getByTestId('preview-banner')).toContainText('Preview of a draft');
    await expect(page.locator('.article-body')).toContainText(DRAFT.marker);
    await page.getByRole('button', { name: 'Exit preview' }).click();

    await page.goto('/newsroom');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByLabel('Password')).toBeVisible();
    expect((await context.cookies()).find((c) => c.name.endsWith('meridian-editor'))).toBeUndefined();
    await page.goto('/newsroom');
    await expect(page.getByText(DRAFT.title)).toHaveCount(0);
  });
});

test('a forged or expired session cookie does not open the newsroom', async ({ request }) => {
  for (const value of ['1.abc', 'A'.repeat(43), `${'x'.repeat(42)}'`]) {
    const html = await (
      await request.get('/newsroom', {
        headers: { Cookie: `meridian-editor=${value}; __Host-meridian-editor=${value}` },
      })
    ).text();
    expect(html).toContain('autoComplete="current-password"');
    expect(html).not.toContain(DRAFT.title);
  }
});

test('wrong passwords slow down their own address only; the right password always gets in', async () => {
  test.setTimeout(60_000);
  // Source addresses of their own (the server believes the socket, not X-Forwarded-For).
  const client = `127.0.4.${Math.floor(Math.random() * 200) + 2}`;
  const attempt = (password: string, from: string) =>
    rawRequest(PORT, {
      method: 'POST',
      path: '/api/newsroom/login',
      headers: ['Content-Type: application/x-www-form-urlencoded'],
      body: loginBody({ email: E2E_ADMIN.email, password }),
      from,
    });
  for (let i = 0; i < 5; i += 1) expect((await attempt('guess-number-' + i, client)).status).toBe(303);
  // Past five wrong guesses an address gets one check a second, at most ten waiting: the rest are refused at once.
  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(`burst-${i}`, client)));
  const refused = burst.filter((r) => r.status === 429);
  expect(refused.length).toBeGreaterThanOrEqual(5);
  expect(Number(/^retry-after: *(\d+)/im.exec(refused[0]!.head)?.[1])).toBeGreaterThan(0);
  const right = await attempt(E2E_ADMIN.password, client);
  expect(right.status).toBe(303);
  expect(right.head).toMatch(/^set-cookie: (__Host-)?meridian-editor=[\w-]{43};/im);
  // Another client is not affected.
  const other = await attempt(E2E_ADMIN.password, '127.0.4.1');
  expect(other.status).toBe(303);
});

test('the newsroom and a preview pass an accessibility scan', async ({ page }) => {
  await page.goto('/newsroom');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await signIn(page);
  await expect(page.getByTestId('newsroom-drafts')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto(previewLink(DRAFT.slug));
  await expect(page.getByTestId('preview-banner')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
