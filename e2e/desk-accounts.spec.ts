import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_CONTENT_DIR } from '../playwright.config';
import { E2E_ADMIN } from '../test-support/desk-accounts';
import { createAccount, DRAFT, loginBody, signIn, type Credentials } from './editors-helpers';
import { rawRequest } from './raw-http';
import { address, cookiesFrom, PORT } from './security-helpers';

/**
 * Accounts at the desk (issue 23, item 6): an admin creates an editor and a contributor through the people page;
 * each signs in with their own role; what a role may not do answers 403, through the UI and by forged requests.
 * One server for the file (the suite's), so the accounts made by the first test serve the others.
 */
// Each sign-in runs scrypt (32 MiB, a fraction of a second of a busy CPU), and these tests sign in several times.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const run = Date.now().toString(36);
const EDITOR = { name: 'Eli Editor', email: `eli.${run}@e2e.example`, password: 'copper kettle on the night desk' };
const CONTRIBUTOR = { name: 'Cas Contributor', email: `cas.${run}@e2e.example`, password: 'seven gulls over harbour' };
const form = 'Content-Type: application/x-www-form-urlencoded';

async function signedInPage(browser: Browser, who: Credentials): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  await expect(page.getByTestId('desk-who')).toBeVisible({ timeout: 15_000 });
  return page;
}

/** A session cookie for requests sent without the browser. */
async function sessionOf(who: Credentials, from: string): Promise<string> {
  const login = await rawRequest(PORT, {
    method: 'POST',
    path: '/api/newsroom/login',
    headers: [form],
    body: loginBody(who),
    from,
  });
  expect(login.status).toBe(303);
  return cookiesFrom(login);
}

test('an admin creates an editor and a contributor on the people page; each signs in with their role', async ({
  browser,
}) => {
  const admin = await signedInPage(browser, E2E_ADMIN);
  await admin.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'People' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('People');
  // A weak password is refused with what to do instead.
  await admin.getByLabel('Name', { exact: true }).fill(EDITOR.name);
  await admin.getByLabel('E-mail address').fill(EDITOR.email);
  await admin.getByLabel('First password').fill('password1234');
  await admin.getByRole('button', { name: 'Create account' }).click();
  // (Next's route announcer is an alert too, empty.)
  await expect(admin.getByRole('alert').filter({ hasText: /too weak: use at least 12 characters/ })).toBeVisible();
  await createAccount(admin, EDITOR, 'editor');
  await createAccount(admin, CONTRIBUTOR, 'contributor');
  const list = admin.getByTestId('people-list');
  await expect(list.locator('li', { hasText: EDITOR.email })).toContainText('editor');
  await expect(list.locator('li', { hasText: CONTRIBUTOR.email })).toContainText('contributor');

  const editor = await signedInPage(browser, EDITOR);
  await expect(editor.getByTestId('desk-who')).toHaveText(`Signed in as ${EDITOR.name} (editor)`);
  await expect(editor.getByRole('link', { name: 'People' })).toHaveCount(0);
  expect((await editor.goto('/newsroom/people'))?.status()).toBe(403);

  const contributor = await signedInPage(browser, CONTRIBUTOR);
  await expect(contributor.getByTestId('desk-who')).toHaveText(`Signed in as ${CONTRIBUTOR.name} (contributor)`);
  for (const path of ['/newsroom/people', '/newsroom/audit']) {
    const response = await contributor.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(contributor.getByRole('heading', { level: 1 })).toHaveText('Your role may not open this page');
    await expect(contributor.getByText(EDITOR.email)).toHaveCount(0);
  }

  // The audit log, newest first: the two sign-ins, then the two accounts the admin made.
  await admin.goto('/newsroom/audit');
  const rows = admin.getByTestId('audit-log').locator('tbody tr');
  await expect(rows.nth(0)).toContainText(`${CONTRIBUTOR.name}signed in`);
  await expect(rows.nth(1)).toContainText(`${EDITOR.name}signed in`);
  await expect(rows.nth(2)).toContainText(`${E2E_ADMIN.name}created contributor account${CONTRIBUTOR.name}`);
  await expect(rows.nth(3)).toContainText(`${E2E_ADMIN.name}created editor account${EDITOR.name}`);
});

test('forged requests to every admin action from a contributor or an editor answer 403 and change nothing', async () => {
  const admin = await sessionOf(E2E_ADMIN, address(3000));
  const people = async () => (await rawRequest(PORT, { path: '/newsroom/people', headers: [`Cookie: ${admin}`] })).body;
  const before = await people();
  // The admin's own row: its forms carry its account id.
  const adminId = /name="id" value="([0-9a-f-]{36})"/.exec(before.slice(before.indexOf(E2E_ADMIN.email)))![1]!;
  for (const [who, from] of [
    [CONTRIBUTOR, address(3001)],
    [EDITOR, address(3002)],
  ] as const) {
    const cookie = await sessionOf(who, from);
    const forged = [
      {
        path: '/api/newsroom/accounts',
        body: `name=Mallory&email=mallory.${run}@e2e.example&role=admin&password=${encodeURIComponent('a long enough passphrase')}`,
      },
      { path: '/api/newsroom/accounts/role', body: `id=${adminId}&role=contributor` },
      { path: '/api/newsroom/accounts/status', body: `id=${adminId}&disabled=1` },
    ];
    for (const request of forged) {
      // As the site's own form would send it, and as a script without browser headers would.
      for (const headers of [
        [form, `Cookie: ${cookie}`, 'Sec-Fetch-Site: same-origin'],
        [form, `Cookie: ${cookie}`],
      ]) {
        const response = await rawRequest(PORT, { method: 'POST', ...request, headers, from });
        expect(response.status, `${who.email} ${request.path}`).toBe(403);
      }
    }
    for (const path of ['/newsroom/people', '/newsroom/audit']) {
      const page = await rawRequest(PORT, { path, headers: [`Cookie: ${cookie}`], from });
      expect(page.status, `${who.email} ${path}`).toBe(403);
      expect(page.body).not.toContain(E2E_ADMIN.email);
    }
  }
  const after = await people();
  expect(after).not.toContain('Mallory');
  expect(after).not.toContain('(disabled)');
  // Signed out, the same requests answer 401; from another site, 403 even with the admin's own cookie.
  expect(
    (
      await rawRequest(PORT, {
        method: 'POST',
        path: '/api/newsroom/accounts/status',
        headers: [form],
        body: `id=${adminId}&disabled=1`,
      })
    ).status,
  ).toBe(401);
  const crossSite = await rawRequest(PORT, {
    method: 'POST',
    path: '/api/newsroom/accounts/status',
    headers: [form, `Cookie: ${admin}`, 'Sec-Fetch-Site: cross-site'],
    body: `id=${adminId}&disabled=1`,
  });
  expect(crossSite.status).toBe(403);
});

test("a contributor's forged schedule, publish, unpublish and front-page posts answer 403 and write nothing", async () => {
  const from = address(3003);
  const cookie = await sessionOf(CONTRIBUTOR, from);
  const published = 'arabica-coffee-hits-record-on-brazil-crop-cut';
  const files = () =>
    ['front-page.json', ...fs.readdirSync(path.join(E2E_CONTENT_DIR, 'articles')).map((name) => `articles/${name}`)]
      .map((name) => {
        const file = path.join(E2E_CONTENT_DIR, name);
        return `${name}\n${fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(none)'}`;
      })
      .join('\n');
  const before = files();
  const story = (intent: string, slug: string) =>
    new URLSearchParams({ intent, originalSlug: slug, slug, title: 'Forged by a contributor' }).toString();
  for (const request of [
    { path: '/api/newsroom/stories', body: story('schedule', DRAFT.slug) },
    { path: '/api/newsroom/stories', body: story('publish', DRAFT.slug) },
    { path: '/api/newsroom/stories', body: story('unpublish', published) },
    { path: '/api/newsroom/front-page', body: `lead=${DRAFT.slug}&top=${published}` },
  ]) {
    const headers = [form, `Cookie: ${cookie}`, 'Sec-Fetch-Site: same-origin', `Origin: http://127.0.0.1:${PORT}`];
    const response = await rawRequest(PORT, { method: 'POST', ...request, headers, from });
    expect(response.status, request.body).toBe(403);
  }
  expect(files()).toBe(before);
});

test('a role change applies to the next request, and disabling an account ends its sessions', async ({ browser }) => {
  const contributor = await signedInPage(browser, CONTRIBUTOR);
  const admin = await signedInPage(browser, E2E_ADMIN);
  await admin.goto('/newsroom/people');
  const row = admin.getByTestId('people-list').locator('li', { hasText: CONTRIBUTOR.email });
  await row.getByLabel(`Role of ${CONTRIBUTOR.name}`).selectOption('editor');
  await row.getByRole('button', { name: `Change role of ${CONTRIBUTOR.name}` }).click();
  await expect(admin.getByRole('status')).toHaveText(/Role changed/);
  await contributor.reload();
  await expect(contributor.getByTestId('desk-who')).toHaveText(`Signed in as ${CONTRIBUTOR.name} (editor)`);
  await row.getByRole('button', { name: `Disable ${CONTRIBUTOR.name}` }).click();
  await expect(admin.getByRole('status')).toHaveText(/Account disabled/);
  await contributor.reload();
  await expect(contributor.getByTestId('desk-who')).toHaveCount(0);
  await signIn(contributor, CONTRIBUTOR);
  await expect(contributor.getByRole('alert').filter({ hasText: /This account is disabled/ })).toBeVisible();
  await row.getByRole('button', { name: `Enable ${CONTRIBUTOR.name}` }).click();
  await expect(admin.getByRole('status')).toHaveText('Account enabled.');
});

test('the sign-in, people and audit pages pass an accessibility scan; signing in works by keyboard alone', async ({
  page,
}) => {
  await page.goto('/newsroom');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // Tab from the top of the page to the e-mail field, type, and press Enter in the password field.
  const email = page.getByLabel('E-mail address');
  for (let presses = 0; presses < 80 && !(await email.evaluate((el) => el === document.activeElement)); presses += 1)
    await page.keyboard.press('Tab');
  await expect(email).toBeFocused();
  await page.keyboard.type(E2E_ADMIN.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(E2E_ADMIN.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('desk-who')).toHaveText(`Signed in as ${E2E_ADMIN.name} (admin)`);
  for (const path of ['/newsroom/people', '/newsroom/audit']) {
    await page.goto(path);
    expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
  }
});
