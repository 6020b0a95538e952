import fs from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { previewPath } from '../lib/editors/preview-token';
import { E2E_CONTENT_DIR, E2E_SECRETS } from '../playwright.config';
import { E2E_ADMIN } from '../test-support/desk-accounts';

/** Shared by the editors' suites: the sample's unpublished stories, signed links and content edits. */
export const DRAFT = {
  slug: 'draft-port-automation-deal-zebraquail',
  marker: 'ZEBRAQUAIL7731',
  title: 'Port operator nears deal with dockworkers over automated container terminal',
};
export const SCHEDULED = {
  slug: 'scheduled-spring-budget-preview',
  marker: 'OSPREYLANTERN4402',
  title: 'Spring budget preview: Treasury weighs tax thresholds and investment relief',
};

export interface Credentials {
  email: string;
  password: string;
}

/** The sign-in form's body, for requests sent without the browser. */
export function loginBody({ email, password }: Credentials = E2E_ADMIN): string {
  return new URLSearchParams({ email, password }).toString();
}

/** Signs in through the newsroom's form, as a person would. */
export async function signIn(page: Page, { email, password }: Credentials = E2E_ADMIN) {
  await page.goto('/newsroom');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Creates an account on the people page (open in `admin`), as an admin would. */
export async function createAccount(admin: Page, who: Credentials & { name: string }, role: string) {
  await admin.getByLabel('Name', { exact: true }).fill(who.name);
  await admin.getByLabel('E-mail address').fill(who.email);
  await admin.getByLabel('Role', { exact: true }).selectOption(role);
  await admin.getByLabel('First password').fill(who.password);
  await admin.getByRole('button', { name: 'Create account' }).click();
  await expect(admin.getByRole('status')).toHaveText(/Account created/);
}

export function previewLink(slug: string, hours = 1, secret = E2E_SECRETS.PREVIEW_SECRET): string {
  return previewPath(slug, hours, secret);
}

export function articleFile(slug: string): string {
  return path.join(E2E_CONTENT_DIR, 'articles', `${slug}.md`);
}

export function revalidate(request: APIRequestContext, body: unknown) {
  return request.post('/api/revalidate', {
    headers: { Authorization: `Bearer ${E2E_SECRETS.REVALIDATE_SECRET}`, 'Content-Type': 'application/json' },
    data: JSON.stringify(body),
  });
}

/** Runs `edit` on a content file and restores the original afterwards (also when the test fails). */
export async function withEditedFile(
  slug: string,
  edit: (source: string) => string | null,
  run: () => Promise<void>,
  request: APIRequestContext,
) {
  const file = articleFile(slug);
  const original = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  const next = edit(original ?? '');
  if (next === null) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, next);
  try {
    await run();
  } finally {
    if (original === null) fs.rmSync(file, { force: true });
    else fs.writeFileSync(file, original);
    const restored = await revalidate(request, { all: true });
    if (!restored.ok()) throw new Error(`restoring content failed: ${restored.status()} ${await restored.text()}`);
  }
}
