import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { WEATHER_STUB_URL } from '../playwright.config';
import { todayIn } from './reader-dates';

const LATITUDE = { auckland: '-36.8485', dubai: '25.2048', shanghai: '31.2304', hongKong: '22.3193' };

/** The text of the header's bar in a page's server HTML, up to its city form. */
function staticBarText(html: string): string {
  const bar = html.match(/data-testid="reader-bar-slot"([\s\S]*?)<details/)?.[1] ?? '';
  return bar.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** The header's bar on the homepage as the reader with this city cookie gets it from the server. */
async function readerBarFor(
  request: APIRequestContext,
  city: string,
): Promise<{ text: string; ms: number; status: number }> {
  const started = Date.now();
  const response = await request.get('/', { headers: { Cookie: `meridian-city=${city}` } });
  return { text: staticBarText(await response.text()), ms: Date.now() - started, status: response.status() };
}

test("the server HTML of / holds the temperature, the city and today's date there, from a cacheable page", async ({
  request,
}) => {
  // The build ran without the weather provider, so the shell is regenerated in the background once its 30 s are up.
  await expect
    .poll(async () => staticBarText(await (await request.get('/')).text()), { timeout: 45_000, intervals: [1000] })
    .toContain('22.9 °C');
  const response = await request.get('/');
  const bar = staticBarText(await response.text());
  expect(bar).toContain('Beijing');
  expect(bar).toContain(todayIn('Asia/Shanghai'));
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
});

for (const [city, name, timeZone, failure] of [
  ['tokyo', 'Tokyo', 'Asia/Tokyo', 'an upstream 500'],
  ['sydney', 'Sydney', 'Australia/Sydney', 'malformed JSON'],
  ['singapore', 'Singapore', 'Asia/Singapore', 'an unexpected shape'],
  ['london', 'London', 'Europe/London', 'the upstream down (connection reset)'],
  ['mumbai', 'Mumbai', 'Asia/Kolkata', 'an upstream hanging 10 s'],
] as const) {
  test(`with ${failure}, the reader's bar is 200 at once, with the date and no weather figures`, async ({
    request,
  }) => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { text, ms, status } = await readerBarFor(request, city);
      expect(status).toBe(200);
      // The hanging upstream answers after 10 s: the bar came before it, so the fetch's timeout ended the wait.
      expect(ms).toBeLessThan(10_000);
      expect(text).toContain(name);
      expect(text).toContain(todayIn(timeZone));
      expect(text).toContain('weather unavailable');
      expect(text).not.toMatch(/\d °[CF]/);
    }
    const api = await request.get(`/api/weather?city=${city}`);
    expect(api.status()).toBe(200);
    expect(await api.json()).toMatchObject({ city: { id: city }, weather: null });
  });
}

test('unknown or tampered cookies fall back to Beijing', async ({ request }) => {
  for (const value of ['atlantis', '%3Cscript%3E', 'x'.repeat(3000)]) {
    const { text, status } = await readerBarFor(request, value);
    expect(status).toBe(200);
    expect(text).toContain('Beijing');
  }
});

test('a burst of 500 concurrent weather requests makes at most one upstream call per city', async ({ request }) => {
  test.setTimeout(120_000);
  const cities = ['auckland', 'dubai', 'shanghai', 'hong-kong'];
  // A few are pages of those cities' readers, which render their bar from the same weather cache.
  const responses = await Promise.all(
    Array.from({ length: 500 }, (_, i) =>
      i < cities.length * 2
        ? request.get('/', { headers: { Cookie: `meridian-city=${cities[i % cities.length]}` } })
        : request.get(`/api/weather?city=${cities[i % cities.length]}`),
    ),
  );
  expect(responses.every((r) => r.status() === 200)).toBe(true);
  const calls = (await (await request.get(`${WEATHER_STUB_URL}/__calls`)).json()) as Record<string, number>;
  // At most: on a starved machine a call can time out before the stub counts it, and the failure is then cached too.
  for (const latitude of Object.values(LATITUDE)) expect(calls[latitude] ?? 0).toBeLessThanOrEqual(1);
});

test('with JavaScript: a saved city replaces the default after hydration, with next to no layout shift', async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([
    { name: 'meridian-city', value: 'lagos', url: baseURL! },
    { name: 'meridian-unit', value: 'f', url: baseURL! },
  ]);
  await page.goto('/section/markets');
  const slot = page.getByTestId('reader-bar-slot');
  await expect(slot).toContainText('Lagos');
  await expect(page.getByTestId('temperature')).toHaveText(/°F$/);
  await expect(slot).toContainText(todayIn('Africa/Lagos'));
  // The slot's height is fixed; only the words after the city name move sideways (measured: about 0.00005).
  expect(await cumulativeLayoutShift(page)).toBeLessThan(0.001);
});

test('with JavaScript: the reader picks a city and unit, it shows at once and persists across pages', async ({
  page,
}) => {
  // Visible only: after an in-place save Next keeps the previous variant's tree, hidden, for back navigation.
  const bar = page.getByTestId('reader-bar-slot').filter({ visible: true });
  async function choose(city: string, unit: '°C' | '°F') {
    await bar.getByText('Change city').click();
    await bar.getByLabel('City').selectOption(city);
    await bar.getByLabel(unit).check();
    await bar.getByRole('button', { name: 'Save' }).click();
  }
  await page.goto('/');
  await expect(bar.getByTestId('temperature')).toHaveText(/°C$/);
  await choose('new-york', '°F');
  await expect(bar).toContainText('New York');
  await expect(bar.getByTestId('temperature')).toHaveText(/°F$/);
  await expect(bar).toContainText(todayIn('America/New_York'));

  await page.goto('/section/markets');
  await expect(bar).toContainText('New York');
  await expect(bar.getByTestId('temperature')).toHaveText(/°F$/);

  // Back to the default city and unit.
  await choose('beijing', '°C');
  await expect(bar).toContainText('Beijing');
  await expect(bar.getByTestId('temperature')).toHaveText(/°C$/);
});

test('the weather slot is reserved: next to no layout shift on the homepage', async ({ page }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  // The island re-renders the bar's text at hydration within its reserved slot (measured 0.00005).
  expect(await cumulativeLayoutShift(page)).toBeLessThan(0.001);
});

async function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reader switches city and unit with a plain form, and it persists across pages', async ({ page }) => {
    await page.goto('/articles/gold-climbs-as-central-banks-keep-buying');
    const bar = page.getByTestId('reader-bar-slot');
    await expect(bar).toContainText('Beijing');
    await bar.getByText('Change city').click();
    await bar.getByLabel('City').selectOption('frankfurt');
    await bar.getByLabel('°F').check();
    await bar.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/articles\/gold-climbs-as-central-banks-keep-buying$/);
    await expect(bar).toContainText('Frankfurt');
    await expect(bar).toContainText(todayIn('Europe/Berlin'));
    await page.goto('/section/policy');
    await expect(bar).toContainText(/Frankfurt.*°F|°F.*Frankfurt/s);
  });
});
