import { expect, test, type APIRequestContext } from '@playwright/test';
import { WEATHER_STUB_URL } from '../playwright.config';

const LATITUDE = { auckland: '-36.8485', dubai: '25.2048', shanghai: '31.2304', hongKong: '22.3193' };

function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(new Date());
}

async function homeFor(request: APIRequestContext, city: string): Promise<{ html: string; ms: number; status: number }> {
  const started = Date.now();
  const response = await request.get('/', { headers: { Cookie: `meridian-city=${city}` } });
  const html = await response.text();
  return { html, ms: Date.now() - started, status: response.status() };
}

/** The text of the streamed reader bar (React puts the streamed segment in a hidden div). */
function readerBarText(html: string): string {
  const bar = html.match(/<div hidden id="S:\d+">([\s\S]*?)<\/div><script>/)?.[1] ?? '';
  return bar.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

test('the server HTML of / holds the temperature, the city and today\'s date there', async ({ request }) => {
  await homeFor(request, 'beijing'); // the first render may finish before the upstream answers
  const { html } = await homeFor(request, 'beijing');
  const bar = readerBarText(html);
  expect(bar).toContain('22.9 °C');
  expect(bar).toContain('Beijing');
  expect(bar).toContain(todayIn('Asia/Shanghai'));
});

for (const [city, name, timeZone, failure] of [
  ['tokyo', 'Tokyo', 'Asia/Tokyo', 'an upstream 500'],
  ['sydney', 'Sydney', 'Australia/Sydney', 'malformed JSON'],
  ['singapore', 'Singapore', 'Asia/Singapore', 'an unexpected shape'],
  ['london', 'London', 'Europe/London', 'the upstream down (connection reset)'],
  ['mumbai', 'Mumbai', 'Asia/Kolkata', 'an upstream hanging 10 s'],
] as const) {
  test(`with ${failure}, the page is 200 at once, with the date and no weather figures`, async ({ request }) => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const { html, ms, status } = await homeFor(request, city);
      expect(status).toBe(200);
      expect(ms).toBeLessThan(1000);
      const bar = readerBarText(html);
      expect(bar).toContain(name);
      expect(bar).toContain(todayIn(timeZone));
      expect(bar).toContain('weather unavailable');
      expect(bar).not.toMatch(/\d °[CF]/);
    }
  });
}

test('unknown or tampered cookies fall back to Beijing', async ({ request }) => {
  for (const value of ['atlantis', '%3Cscript%3E', 'x'.repeat(3000)]) {
    const { html, status } = await homeFor(request, value);
    expect(status).toBe(200);
    expect(readerBarText(html)).toContain('Beijing');
  }
});

test('a burst of 500 concurrent page requests makes at most one upstream call per city', async ({ request }) => {
  test.setTimeout(120_000);
  const cities = ['auckland', 'dubai', 'shanghai', 'hong-kong'];
  const responses = await Promise.all(
    Array.from({ length: 500 }, (_, i) => request.get('/', { headers: { Cookie: `meridian-city=${cities[i % cities.length]}` } })),
  );
  expect(responses.every((r) => r.status() === 200)).toBe(true);
  const calls = (await (await request.get(`${WEATHER_STUB_URL}/__calls`)).json()) as Record<string, number>;
  for (const latitude of Object.values(LATITUDE)) expect(calls[latitude]).toBe(1);
});

test('with JavaScript: the reader picks a city and unit, it shows at once and persists across pages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('temperature')).toHaveText(/°C$/);
  await page.getByText('Change city').click();
  await page.getByLabel('City').selectOption('new-york');
  await page.getByLabel('°F').check();
  await page.getByRole('button', { name: 'Save' }).click();
  const slot = page.getByTestId('reader-bar-slot');
  await expect(slot).toContainText('New York');
  await expect(page.getByTestId('temperature')).toHaveText(/°F$/);
  await expect(slot).toContainText(todayIn('America/New_York'));

  await page.goto('/section/markets');
  await expect(page.getByTestId('reader-bar-slot')).toContainText('New York');
  await expect(page.getByTestId('temperature')).toHaveText(/°F$/);
});

test('the weather slot is reserved: no layout shift on the homepage', async ({ page }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  const shift = await page.evaluate(
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
  expect(shift).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the reader switches city and unit with a plain form, and it persists across pages', async ({ page }) => {
    await page.goto('/articles/gold-climbs-as-central-banks-keep-buying');
    const bar = page.frameLocator('iframe[title="Today\'s date and weather"]');
    await expect(bar.locator('body')).toContainText('Beijing');
    await bar.getByLabel('City').selectOption('frankfurt');
    await bar.getByLabel('Temperature unit').selectOption('f');
    await bar.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/articles\/gold-climbs-as-central-banks-keep-buying$/);
    const after = page.frameLocator('iframe[title="Today\'s date and weather"]');
    await expect(after.locator('body')).toContainText('Frankfurt');
    await expect(after.locator('body')).toContainText(todayIn('Europe/Berlin'));
    await page.goto('/section/policy');
    await expect(page.frameLocator('iframe[title="Today\'s date and weather"]').locator('body')).toContainText(/Frankfurt.*°F|°F.*Frankfurt/s);
  });
});
