import { expect, test, type APIResponse } from '@playwright/test';

function locations(response: APIResponse): string[] {
  return [
    ...new Set(
      response
        .headersArray()
        .filter((h) => h.name.toLowerCase() === 'location')
        .map((h) => h.value),
    ),
  ];
}

const notFound = [
  '/articles/no-such-story',
  '/section/sport',
  '/tag/not-a-topic',
  '/author/nobody',
  '/page/0',
  '/page/-1',
  '/page/99999',
  '/page/abc',
  '/section/markets/page/99999',
  '/section/markets/page/abc',
  '/tag/batteries/page/0',
  '/author/lena-okafor/page/-1',
  '/section/markets/extra',
  '/about-us',
  '/articles/draft-port-automation-deal-zebraquail',
  '/articles/scheduled-spring-budget-preview',
];
const strange = [
  '/articles/..%2F..%2Fetc%2Fpasswd',
  '/articles/../../etc/passwd',
  '/articles/a%2Fb',
  '/articles/%00',
  '/articles/nul%00byte',
  `/articles/${'a'.repeat(2000)}`,
  '/articles/caf%C3%A9',
  '/articles/%F0%9F%98%80',
  '/articles/%ZZ',
  '/section/..%5C..%5Cwindows',
  '/tag/%3Cscript%3E',
  '/author/%27%22',
  '/section/%2e%2e%5Cboot.ini',
  '/articles/UPPER-CASE',
  '/articles/trailing-dash-',
];

for (const path of notFound) {
  test(`404 for ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    // In the server's HTML, not only in the payload a browser would render it from.
    expect(await response.text()).toMatch(/<h1[^>]*>We could not find that page<\/h1>/);
  });
}

for (const path of strange) {
  test(`404 or 400, never 500, for ${path.slice(0, 60)}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([400, 404]).toContain(response.status());
  });
}

test('page 1 of a list and a former slug answer 301 to the one canonical URL', async ({ request, baseURL }) => {
  for (const [from, to] of [
    ['/page/1', '/'],
    ['/section/markets/page/1', '/section/markets'],
    ['/articles/emerging-central-banks-extend-gold-buying', '/articles/gold-climbs-as-central-banks-keep-buying'],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(locations(response).map((l) => new URL(l, baseURL).href)).toEqual([new URL(to!, baseURL).href]);
  }
  const trailing = await request.get('/section/markets/', { maxRedirects: 0 });
  expect([301, 308]).toContain(trailing.status());
  expect(locations(trailing)[0]).toMatch(/\/section\/markets$/);
});

test('the Sections and Topics indexes answer 200, and their trailing-slash forms redirect to them', async ({
  request,
}) => {
  for (const path of ['/section', '/tag']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
    const trailing = await request.get(`${path}/`, { maxRedirects: 0 });
    expect([301, 308], `${path}/`).toContain(trailing.status());
    expect(new URL(locations(trailing)[0]!, 'http://x').pathname).toBe(path);
    expect((await request.get(`${path}/`)).status(), `${path}/ followed`).toBe(200);
  }
});

test('the stories API validates its query', async ({ request }) => {
  expect((await request.get('/api/stories?list=latest&page=2')).status()).toBe(200);
  expect((await request.get('/api/stories?list=bogus&page=1')).status()).toBe(400);
  expect((await request.get('/api/stories?list=section&slug=..&page=1')).status()).toBe(400);
  expect((await request.get('/api/stories?list=latest&page=9999')).status()).toBe(404);
});
