import { expect, test } from '@playwright/test';
import { loadContent } from '../lib/content/load-content';
import { RIVER_PAGE_SIZE } from '../lib/content/paginate';

test('a reader goes from the homepage to an article, a tag, an author and a section', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Meridian', exact: true })).toBeVisible();
  const firstStory = page.locator('section[aria-labelledby="latest-stories-heading"] h3 a').first();
  const headline = (await firstStory.textContent())?.trim() ?? '';
  await firstStory.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  const articleUrl = page.url();

  const topics = page.locator('section[aria-labelledby="topics-heading"] a');
  const tagName = (await topics.first().textContent())?.trim() ?? '';
  await topics.first().click();
  await expect(page).toHaveURL(/\/tag\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(tagName);

  await page.goto(articleUrl);
  const author = page.locator('a[rel="author"]').first();
  const authorName = (await author.textContent())?.trim() ?? '';
  await author.click();
  await expect(page).toHaveURL(/\/author\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(authorName);

  await page.goto(articleUrl);
  const kicker = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').last();
  const sectionName = (await kicker.textContent())?.trim() ?? '';
  await kicker.click();
  await expect(page).toHaveURL(/\/section\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(sectionName);
});

test('the footer leads to the Sections and Topics A–Z indexes, which link every section and topic', async ({
  page,
}) => {
  const content = loadContent();
  const now = Date.now();
  const published = content.articles
    .filter((a) => a.status === 'published' && Date.parse(a.publishedAt) <= now)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  const usedTopics = new Set(published.flatMap((a) => a.tagSlugs));
  // Visible links only: a page left by a client-side navigation stays in the document, hidden, for a quick return.
  const linksIn = (selector: string) =>
    page.locator(`${selector}:visible`).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  const footer = page.getByRole('navigation', { name: 'Footer sections' });

  await page.goto('/');
  await footer.getByRole('link', { name: 'All sections' }).click();
  await expect(page).toHaveURL(/\/section$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sections');
  expect(await linksIn('main h2 a')).toEqual(content.sections.map((s) => `/section/${s.slug}`));
  for (const section of content.sections) {
    const newest = published.find((a) => a.sectionSlug === section.slug);
    if (newest) await expect(page.locator(`main a[href="/articles/${newest.slug}"]:visible`)).toHaveText(newest.title);
  }

  await footer.getByRole('link', { name: 'Topics A–Z' }).click();
  await expect(page).toHaveURL(/\/tag$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics A–Z');
  const topics = await linksIn('main a[href^="/tag/"]');
  expect([...topics].sort()).toEqual(
    content.tags
      .filter((t) => usedTopics.has(t.slug))
      .map((t) => `/tag/${t.slug}`)
      .sort(),
  );
  const letters = page.getByRole('navigation', { name: 'Topics by letter' }).getByRole('link');
  expect(await letters.allTextContents()).toEqual(
    [...new Set(content.tags.filter((t) => usedTopics.has(t.slug)).map((t) => t.name[0]!.toUpperCase()))].sort(),
  );
  await letters.last().click();
  const lastGroup = page.locator('main h2:visible').last();
  await expect(page).toHaveURL(new RegExp(`#${await lastGroup.getAttribute('id')}$`));
  await expect(lastGroup).toBeInViewport();
  const topic = page.locator('main section:visible').last().getByRole('link').first();
  const topicName = (await topic.textContent())?.trim() ?? '';
  await topic.click();
  await expect(page).toHaveURL(/\/tag\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(topicName);
});

test('the article page shows every block a reader expects', async ({ page }) => {
  await page.goto('/articles/gold-climbs-as-central-banks-keep-buying');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').last()).toHaveText('Markets');
  await expect(page.locator('time[datetime]').first()).toBeVisible();
  await expect(page.locator('figure img')).toHaveAttribute('alt', /.{5,}/);
  await expect(page.locator('figcaption')).toContainText('Illustration: Meridian');
  const related = page.locator('section[aria-labelledby="read-more-heading"] li');
  expect(await related.count()).toBeGreaterThanOrEqual(3);
  expect(await related.count()).toBeLessThanOrEqual(6);
  const popular = page.locator('section[aria-labelledby="most-popular-heading"] li');
  expect(await popular.count()).toBeGreaterThanOrEqual(5);
  expect(await popular.count()).toBeLessThanOrEqual(10);
  await expect(page.locator('section[aria-labelledby="latest-heading"] li').first()).toBeVisible();
  await expect(page.locator('a[href="/articles/gold-climbs-as-central-banks-keep-buying"]')).toHaveCount(0);
});

test("the newest story's Latest news lists the six next newest not in Read more, never itself", async ({
  page,
  request,
}) => {
  const feed = (await (await request.get('/feed.json')).json()) as { items: { url: string }[] };
  const newest = feed.items.map((item) => new URL(item.url).pathname);
  await page.goto(newest[0]!);
  const readMore = await page
    .locator('section[aria-labelledby="read-more-heading"] a[href^="/articles/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const latest = page.locator('section[aria-labelledby="latest-heading"] li a');
  await expect(latest).toHaveCount(6);
  expect(await latest.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
    newest
      .slice(1)
      .filter((path) => !readMore.includes(path))
      .slice(0, 6),
  );
});

test('Load more appends the next page in place', async ({ page }) => {
  await page.goto('/');
  const river = page.locator('section[aria-labelledby="latest-stories-heading"] h3 a');
  const firstPage = await river.allTextContents();
  expect(firstPage).toHaveLength(RIVER_PAGE_SIZE);
  await page.getByRole('button', { name: 'Load more' }).click();
  const appended = page.locator('[data-testid="loaded-stories"] h3 a');
  await expect(appended.first()).toBeVisible();
  const more = await appended.allTextContents();
  expect(more.length).toBeGreaterThan(0);
  expect(more.filter((title) => firstPage.includes(title))).toEqual([]);
  await expect(appended.first()).toBeFocused();
  await expect(page).toHaveURL(/\/page\/2$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('pagination works through real links', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Older stories →' }).click();
    await expect(page).toHaveURL(/\/page\/2$/);
    await expect(page.locator('#latest-stories-heading')).toHaveText('Latest stories, page 2');
    await page.getByRole('link', { name: '← Newer stories' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('the date line is visible', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('reader-bar-slot').locator('time')).toHaveText(/^\w+day, \w+ \d{1,2}, \d{4}$/);
  });
});

test('on a narrow screen the sidebar moves below the article', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/articles/gold-climbs-as-central-banks-keep-buying');
  // Polled: hydration swaps the sidebar's server markup for the live island, so a box can be missing for a moment.
  await expect
    .poll(async () => {
      const body = await page.locator('.article-body').boundingBox();
      const popular = await page.locator('#most-popular-heading').boundingBox();
      return body !== null && popular !== null && popular.y > body.y + body.height;
    })
    .toBe(true);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
