import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DRAFT, revalidate, SCHEDULED, withEditedFile } from './editors-helpers';

const STORY = {
  slug: 'european-bank-shares-rally-on-lending-income',
  word: 'lending',
  title: 'European bank shares post best week since spring as lending income holds up',
};

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form submits to /search, which lists the story first with a highlighted snippet', async ({
    page,
  }) => {
    await page.goto('/');
    const box = page.getByRole('search').first().getByRole('combobox', { name: 'Search stories' });
    await box.fill(STORY.word);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${STORY.word}$`));
    const results = page.getByTestId('search-results').getByRole('listitem');
    await expect(results.first().getByRole('heading')).toHaveText(STORY.title);
    await expect(page.getByTestId('search-snippet').first().locator('mark').first()).toHaveText(
      new RegExp(STORY.word, 'i'),
    );
  });

  test('filters, sort and pagination are plain links and GET forms', async ({ page }) => {
    await page.goto('/search?q=the');
    await expect(page.getByRole('status')).toContainText('page 1 of');
    await page.getByRole('link', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/\/search\?q=the&page=2$/);
    await expect(page.getByRole('status')).toContainText('page 2 of');

    await page.locator('select[name="section"]').selectOption('markets');
    await page.locator('select[name="sort"]').selectOption('date');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/section=markets/);
    const sections = await page.getByTestId('search-results').locator('li > p:first-child a').allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    expect(new Set(sections)).toEqual(new Set(['Markets']));
    const dates = await page
      .getByTestId('search-results')
      .locator('time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

test.describe('search words as readers type them, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  /** Every story a query finds, newest first, through all its result pages. */
  async function allResults(page: Page, query: string): Promise<string[]> {
    const slugs: string[] = [];
    for (let n = 1; ; n += 1) {
      await page.goto(`/search?q=${query}&sort=date&page=${n}`);
      const links = page.getByTestId('search-results').getByRole('heading').getByRole('link');
      slugs.push(...(await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))));
      if ((await page.getByRole('link', { name: 'Next →' }).count()) === 0) return slugs;
    }
  }

  test('"banks" finds every story "bank" finds, and each snippet shows a matched word', async ({ page }) => {
    const bank = await allResults(page, 'bank');
    expect(bank.length).toBeGreaterThan(10);
    expect(await allResults(page, 'banks')).toEqual(bank);
    await page.goto('/search?q=banks');
    const snippets = page.getByTestId('search-snippet');
    await expect(snippets).toHaveCount(10);
    for (const snippet of await snippets.all()) await expect(snippet.locator('mark').first()).toHaveText(/^bank/i);
  });

  test('a misspelt word gets a "did you mean" from the site\'s own words, as a plain link', async ({ page }) => {
    await page.goto('/search?q=coper');
    await expect(page.getByText('No stories match')).toBeVisible();
    await page.getByRole('link', { name: 'copper' }).click();
    await expect(page).toHaveURL(/\/search\?q=copper$/);
    await expect(page.getByTestId('search-results').getByRole('listitem').first()).toBeVisible();
    for (const mark of await page.getByTestId('search-snippet').locator('mark').all())
      await expect(mark).toHaveText(/^copper$/i);
    await page.goto('/search?q=qwxzptl');
    await expect(page.getByText('Did you mean')).toHaveCount(0);
  });
});

test('a headline word finds its story; drafts and scheduled stories are never found', async ({ request }) => {
  const html = await (await request.get(`/search?q=${STORY.word}`)).text();
  expect(html.indexOf(STORY.title)).toBeGreaterThan(-1);
  for (const marker of [DRAFT.marker, SCHEDULED.marker, 'zebraquail']) {
    const html = await (await request.get(`/search?q=${marker}`)).text();
    expect(html).toContain('No stories match');
    expect(html).not.toContain(DRAFT.slug);
    expect(html).not.toContain(SCHEDULED.slug);
    const suggest = await (await request.get(`/api/search/suggest?q=${marker}`)).json();
    expect(suggest).toEqual({ suggestions: [] });
  }
});

test('the page says what to do with no query, and suggests sections when nothing matches', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByText('Search every published story')).toBeVisible();
  await page.goto('/search?q=qwxzptl');
  await expect(page.getByText('No stories match')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Browse sections' }).getByRole('link').first()).toBeVisible();
  const robots = await page.locator('meta[name="robots"]').getAttribute('content');
  expect(robots).toContain('noindex');
});

test('hostile queries never produce a 500 and are reflected as text', async ({ request }) => {
  const hostile = [
    'AND',
    'NEAR(',
    'NEAR(a b',
    '"',
    '""',
    '*',
    '^',
    ':',
    '-',
    '(',
    ')',
    'a OR',
    'title:bank',
    '"unclosed',
    'x'.repeat(5000),
    '🚀🔥',
    'naïve 東京 Zürich',
    '',
    '   ',
    '<script>alert(1)</script>',
    '%',
    '\u0000\u0002',
  ];
  for (const q of hostile) {
    const page = await request.get(
      `/search?q=${encodeURIComponent(q)}&section=${encodeURIComponent('../x')}&page=-3&sort=zzz`,
    );
    expect(page.status(), q.slice(0, 40)).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    const suggest = await request.get(`/api/search/suggest?q=${encodeURIComponent(q)}`);
    expect([200, 400], q.slice(0, 40)).toContain(suggest.status());
  }
  expect((await request.get(`/api/search/suggest?q=${'x'.repeat(5000)}`)).status()).toBe(400);
});

test('the search box suggests headlines and is a keyboard-operable combobox', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search stories' });
  await box.click();
  await box.pressSequentially('lendi', { delay: 30 });
  const list = page.getByRole('listbox', { name: 'Suggested stories' });
  await expect(list.getByRole('option').first()).toHaveText(STORY.title);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('ArrowDown');
  const first = list.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${STORY.slug}$`));
});

test('what the reader typed before hydration is kept and gets its suggestions', async ({ page }) => {
  // The chunk scripts are held back a second, so the typing surely comes before hydration.
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const box = page.getByRole('combobox', { name: 'Search stories' });
  await box.click();
  await box.pressSequentially('lendi', { delay: 30 });
  await expect(page.getByRole('listbox', { name: 'Suggested stories' }).getByRole('option').first()).toHaveText(
    STORY.title,
  );
  await expect(box).toHaveValue('lendi');
});

test('with JavaScript, Enter without a chosen suggestion runs a full search', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search stories' });
  await box.fill('central banks');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=central\+banks$/);
  await expect(page.getByTestId('search-results').getByRole('listitem').first()).toBeVisible();
});

test('an edited headline is searchable after revalidation, with no restart', async ({ request }) => {
  const word = `Quokkavelt${Date.now() % 100000}`;
  expect(await (await request.get(`/search?q=${word}`)).text()).toContain('No stories match');
  await withEditedFile(
    STORY.slug,
    (source) => source.replace(/^title: .*$/m, `title: "${word} bank shares rally"`),
    async () => {
      const response = await revalidate(request, { slugs: [STORY.slug] });
      expect(response.status()).toBe(200);
      const html = await (await request.get(`/search?q=${word}`)).text();
      expect(html).toContain(`/articles/${STORY.slug}`);
    },
    request,
  );
  expect(await (await request.get(`/search?q=${word}`)).text()).toContain('No stories match');
});

test('/search has no axe violations, with results and without', async ({ page }) => {
  test.setTimeout(60_000);
  for (const path of ['/search', '/search?q=bank', '/search?q=qwxzptl', '/search?q=coper']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
