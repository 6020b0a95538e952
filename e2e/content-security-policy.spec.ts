import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from '../test-support/page-types';

/**
 * The static Content-Security-Policy of every response (lib/http/security-headers.ts, docs/decisions): scripts only
 * from this origin and inline (Next's own bootstrap), never from another origin; pages hydrate with no violation,
 * and a script from another origin injected into a page is refused.
 */
const HTML_PAGES = [...Object.values(PAGE_TYPES), '/search?q=gold', '/newsroom'];

function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('each HTML page type carries one policy that allows scripts from this origin only', async ({ request }) => {
  for (const path of HTML_PAGES) {
    const response = await request.get(path);
    const policies = response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(policies, path).toHaveLength(1);
    const directives = policies[0]!.value.split('; ');
    expect(directives, path).toContain("script-src 'self' 'unsafe-inline'");
    expect(directives, path).toContain("object-src 'none'");
    expect(directives, path).toContain("connect-src 'self'");
    expect(directives, path).toContain("frame-ancestors 'self'");
  }
});

test('pages hydrate with no CSP violation: Load more, search suggestions and the reader bar work', async ({ page }) => {
  const violations = collectViolations(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Refused: CSP ${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  for (const path of HTML_PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/');
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(page.locator('[data-testid="loaded-stories"] h3 a').first()).toBeVisible();
  const box = page.getByRole('combobox', { name: 'Search stories' });
  await box.click();
  await box.pressSequentially('gold', { delay: 30 });
  await expect(page.getByRole('listbox', { name: 'Suggested stories' }).getByRole('option').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('a script from another origin injected into a page is refused by the browser', async ({ page }) => {
  const violations = collectViolations(page);
  let requested = false;
  await page.route(
    'https://scripts.example.net/**',
    (route) => (
      (requested = true),
      route.fulfill({ body: 'window.__injected = true', contentType: 'text/javascript' })
    ),
  );
  await page.route('**/articles/*', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</main>',
      '<script src="https://scripts.example.net/x.js"></script></main>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto(PAGE_TYPES.article);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(requested).toBe(false);
  expect(violations.some((v) => /scripts\.example\.net/i.test(v))).toBe(true);
  // Next's own scripts ran: the page hydrated (the search box is an island).
  const box = page.getByRole('combobox', { name: 'Search stories' });
  await box.pressSequentially('gold', { delay: 30 });
  await expect(page.getByRole('listbox', { name: 'Suggested stories' }).getByRole('option').first()).toBeVisible();
});
