import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './page-types';

/**
 * The hash-based Content-Security-Policy `npm start` sends with HTML (lib/http/csp): every page type allows its
 * own inline scripts by hash and nothing else inline, hydrates in Chromium with no violation, and a script
 * injected into the document is refused.
 */
const HTML_PAGES = [...Object.values(PAGE_TYPES), '/search?q=gold', '/reader-bar', '/newsroom'];

function scriptSrc(csp: string): string[] {
  return csp.split('; ').find((d) => d.startsWith('script-src '))!.split(' ').slice(1);
}

/** The SHA-256 of every inline script a browser would run in this HTML, computed by Chromium's own parser. */
async function inlineScriptHashes(page: Page, html: string): Promise<string[]> {
  return page.evaluate(async (source) => {
    const document = new DOMParser().parseFromString(source, 'text/html');
    const executable = [...document.querySelectorAll('script:not([src])')].filter((s) => ['', 'module', 'text/javascript'].includes((s.getAttribute('type') ?? '').toLowerCase()));
    const hashes = await Promise.all(
      executable.map(async (s) => {
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s.textContent ?? ''));
        return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
      }),
    );
    return [...new Set(hashes)].sort();
  }, html);
}

function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("each HTML page type allows exactly its own inline scripts by hash, with one policy and no 'unsafe-inline'", async ({ page, request }) => {
  await page.goto('/robots.txt');
  for (const path of HTML_PAGES) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await request.get(path);
      const policies = response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
      expect(policies, path).toHaveLength(1);
      const sources = scriptSrc(policies[0]!.value);
      expect(sources[0], path).toBe("'self'");
      expect(sources, path).not.toContain("'unsafe-inline'");
      const hashes = await inlineScriptHashes(page, await response.text());
      expect(sources.slice(1).sort(), `${path} (${response.headers()['x-cache']})`).toEqual(hashes);
    }
  }
});

test('pages hydrate with no CSP violation: Load more, search suggestions and the reader bar work', async ({ page }) => {
  const violations = collectViolations(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused: CSP ${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
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

test('an inline script injected into a page is refused by the browser', async ({ page }) => {
  const violations = collectViolations(page);
  await page.route('**/articles/*', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</main>', '<script>window.__injected = true</script></main>');
    await route.fulfill({ response, body: html });
  });
  await page.goto(PAGE_TYPES.article);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.some((v) => /inline script/i.test(v))).toBe(true);
  // Next's own scripts ran: the page hydrated (the search box is an island).
  const box = page.getByRole('combobox', { name: 'Search stories' });
  await box.pressSequentially('gold', { delay: 30 });
  await expect(page.getByRole('listbox', { name: 'Suggested stories' }).getByRole('option').first()).toBeVisible();
});
