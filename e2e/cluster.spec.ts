import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { previewPath } from '../lib/editors/preview-token';
import type { PopularList } from '../lib/popular/popular-list';
import { E2E_SECRETS, WEATHER_STUB_URL } from '../playwright.config';
import { DRAFT } from './editors-helpers';

// `npm run cluster` itself (scripts/cluster.ts): two instances of the build, a redis-server and nginx, on
// ports next to the e2e server's, reading a scratch copy of data/ that the tests edit.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const LB_PORT = PORT + 50;
const APP_PORTS = [PORT + 51, PORT + 52];
const CACHE_SECONDS = 5;
const CONTENT_DIR = path.join(os.tmpdir(), `meridian-cluster-content-${PORT}`);
const LB = `http://127.0.0.1:${LB_PORT}`;
const INSTANCES = APP_PORTS.map((port) => `http://127.0.0.1:${port}`);
const EDITED = 'gold-climbs-as-central-banks-keep-buying';
const readerAgent = (n: number) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${n}.0 Safari/537.36`;

let cluster: ChildProcess;
let output = '';
let instancePids: number[] = [];
let http: APIRequestContext;
const scheduled = { slug: `scheduled-cluster-${Date.now()}`, title: '', publishAt: new Date(0) };

const articleFile = (slug: string) => path.join(CONTENT_DIR, 'articles', `${slug}.md`);
const textOf = async (url: string) => (await http.get(url)).text();
/** Whether the page holds the text (a boolean, so that a failure does not print the whole page). */
const shows = async (url: string, text: string) => (await textOf(url)).includes(text);

function revalidateOn(base: string, body: unknown) {
  return http.post(`${base}/api/revalidate`, {
    headers: { Authorization: `Bearer ${E2E_SECRETS.REVALIDATE_SECRET}`, 'Content-Type': 'application/json' },
    data: JSON.stringify(body),
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // A new connection per request: an idle keep-alive connection that an instance closes just as it is reused
  // would fail a request for a reason that has nothing to do with the cluster.
  http = await playwrightRequest.newContext({ extraHTTPHeaders: { Connection: 'close' } });
  fs.rmSync(CONTENT_DIR, { recursive: true, force: true });
  fs.cpSync('data', CONTENT_DIR, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...E2E_SECRETS,
    CONTENT_DIR,
    WEATHER_API_URL: WEATHER_STUB_URL,
    POPULAR_WINDOW_HOURS: '1',
    POPULAR_REFRESH_SECONDS: '2',
    POPULAR_MIN_VIEWS: '2',
  };
  delete env.REDIS_URL;
  const args = ['--port', String(LB_PORT), '--app-port', String(APP_PORTS[0]), '--redis-port', String(PORT + 60), '--cache-seconds', String(CACHE_SECONDS)];
  cluster = spawn(process.execPath, ['--import', 'tsx', 'scripts/cluster.ts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  cluster.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  cluster.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => output.includes('Press Ctrl-C to stop.') || cluster.exitCode !== null, { timeout: 170_000, intervals: [500] }).toBe(true);
  expect(cluster.exitCode, output).toBeNull();
  instancePids = [...output.matchAll(/instance \d+\s+http\S+\s+\(pid (\d+)\)/g)].map((m) => Number(m[1]));
  expect(instancePids).toHaveLength(2);

  // An editor schedules a story 40 s ahead and tells one instance; nobody calls anything after that.
  scheduled.title = `Scheduled cluster story ${scheduled.slug}`;
  scheduled.publishAt = new Date(Math.ceil((Date.now() + 40_000) / 1000) * 1000);
  const source = fs
    .readFileSync(articleFile(EDITED), 'utf8')
    .replace(/^slug: .*$/m, `slug: ${scheduled.slug}`)
    .replace(/^title: .*$/m, `title: "${scheduled.title}"`)
    .replace(/^publishedAt: .*$/m, `publishedAt: ${scheduled.publishAt.toISOString()}`)
    .replace(/^updatedAt: .*$/m, `updatedAt: ${scheduled.publishAt.toISOString()}`)
    .replace(/^(priority|redirectFrom): .*\n/gm, '');
  fs.writeFileSync(articleFile(scheduled.slug), source);
  expect((await revalidateOn(INSTANCES[0]!, { slugs: [scheduled.slug] })).status()).toBe(200);
});

test.afterAll(async () => {
  if (cluster && cluster.exitCode === null) {
    const exited = new Promise((resolve) => cluster.once('exit', resolve));
    cluster.kill('SIGTERM');
    await exited;
  }
  await http?.dispose();
  fs.rmSync(CONTENT_DIR, { recursive: true, force: true });
  // The cluster's own log (instances, nginx), for reading after a failure.
  await test.info().attach('cluster output', { body: output, contentType: 'text/plain' });
});

test('a revalidation sent to instance A reaches instance B at once, and nginx within its cache time', async () => {
  const sentence = `An editor added this sentence at ${Date.now()}.`;
  const article = `/articles/${EDITED}`;
  const [a, b] = INSTANCES as [string, string];
  expect(await shows(b + article, sentence)).toBe(false);
  await textOf(LB + article);
  const original = fs.readFileSync(articleFile(EDITED), 'utf8');
  fs.writeFileSync(articleFile(EDITED), `${original.trimEnd()}\n\n${sentence}\n`);
  try {
    // Saved but not announced: both instances keep serving the cached page.
    expect(await shows(b + article, sentence)).toBe(false);
    const response = await revalidateOn(a, { slugs: [EDITED] });
    expect(response.status()).toBe(200);
    expect((await response.json()).instances).toEqual({ instances: 2, acknowledged: 2 });
    const sentAt = Date.now();
    expect(await shows(b + article, sentence), 'instance B, on its next request').toBe(true);
    expect(await shows(a + article, sentence)).toBe(true);

    await expect.poll(() => shows(LB + article, sentence), { timeout: 15_000, intervals: [250] }).toBe(true);
    const throughNginx = (Date.now() - sentAt) / 1000;
    console.log(`revalidation visible through nginx after ${throughNginx.toFixed(1)} s (bound: ${CACHE_SECONDS} s plus one request)`);
    expect(throughNginx).toBeLessThanOrEqual(CACHE_SECONDS + 2);
  } finally {
    fs.writeFileSync(articleFile(EDITED), original);
    expect((await revalidateOn(b, { all: true })).status()).toBe(200);
  }
  for (const base of [a, b]) expect(await shows(base + article, sentence), base).toBe(false);
});

test('views counted through both instances add up in one ranking', async () => {
  const latest = (await (await http.get(`${LB}/api/stories?list=latest&page=3`)).json()) as { items: { slug: string }[] };
  const [mostRead, secondMostRead] = latest.items.map((s) => s.slug) as [string, string];
  const view = async (base: string, slug: string, reader: number) => {
    const response = await http.post(`${base}/api/views`, { headers: { 'User-Agent': readerAgent(reader), 'Content-Type': 'application/json' }, data: JSON.stringify({ slug }) });
    expect(response.status(), `view ${reader} of ${slug} on ${base}`).toBe(202);
  };
  // Alone, instance A would rank `secondMostRead` first (3 views to 2) and B would rank only `mostRead`.
  for (const reader of [1, 2]) await view(INSTANCES[0]!, mostRead, reader);
  for (const reader of [3, 4]) await view(INSTANCES[1]!, mostRead, reader);
  for (const reader of [5, 6, 7]) await view(INSTANCES[0]!, secondMostRead, reader);
  const sent = Date.now();
  for (const base of [...INSTANCES, LB]) {
    let list: PopularList | null = null;
    await expect
      .poll(async () => {
        list = (await (await http.get(`${base}/api/popular?limit=5`)).json()) as PopularList;
        return list.computedAt > sent;
      }, { timeout: 20_000, intervals: [500] })
      .toBe(true);
    expect(list!.items.slice(0, 2).map((item) => item.slug), base).toEqual([mostRead, secondMostRead]);
    expect(list!.measured).toBeGreaterThanOrEqual(2);
  }
});

test('previews go through nginx uncached, hold on every instance and never reach other readers', async () => {
  const editor = await playwrightRequest.newContext({ baseURL: LB });
  try {
    const preview = await editor.get(previewPath(DRAFT.slug, 1, E2E_SECRETS.PREVIEW_SECRET));
    expect(preview.status()).toBe(200);
    expect((await preview.text()).includes(DRAFT.marker)).toBe(true);
    const again = await editor.get(`/articles/${DRAFT.slug}`);
    expect(again.headers()['x-cache-status']).toBe('BYPASS');
    expect((await again.text()).includes(DRAFT.marker)).toBe(true);
    // Draft Mode set through one instance holds on every instance (cookies are per host, not per port).
    for (const base of INSTANCES) expect((await (await editor.get(`${base}/articles/${DRAFT.slug}`)).text()).includes(DRAFT.marker), base).toBe(true);
  } finally {
    await editor.dispose();
  }
  const reader = await http.get(`${LB}/articles/${DRAFT.slug}`);
  expect(reader.status()).toBe(404);
  expect((await reader.text()).includes(DRAFT.marker)).toBe(false);
});

test('a story scheduled through one instance appears on every instance within 60 s of its time', async () => {
  test.setTimeout(150_000);
  const bases = [...INSTANCES, LB];
  const pages = [`/articles/${scheduled.slug}`, '/', '/section/markets'];
  const visibleOn = async (base: string) => {
    const [article, ...lists] = await Promise.all(pages.map((p) => http.get(base + p)));
    const texts = await Promise.all(lists.map((r) => r.text()));
    return article!.status() === 200 && texts.every((t) => t.includes(scheduled.title));
  };
  const appearedAt = new Map<string, number>();
  while (appearedAt.size < bases.length && Date.now() < scheduled.publishAt.getTime() + 90_000) {
    for (const base of bases) {
      if (appearedAt.has(base)) continue;
      // A request sent just before the time may be rendered just after it: only earlier ones must miss it.
      const early = Date.now() < scheduled.publishAt.getTime() - 1_000;
      const visible = await visibleOn(base);
      if (early) expect(visible, `not public on ${base} before its time`).toBe(false);
      else if (visible) appearedAt.set(base, Date.now());
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  for (const base of bases) {
    expect(appearedAt.has(base), `never appeared on ${base}`).toBe(true);
    const delay = (appearedAt.get(base)! - scheduled.publishAt.getTime()) / 1000;
    console.log(`scheduled story public on ${base} ${delay.toFixed(1)} s after its time`);
    expect(delay).toBeLessThanOrEqual(60);
  }
});

test('stopping one instance under load loses no request: nginx retries them on the other', async () => {
  test.setTimeout(60_000);
  const bypassCache = { cookie: 'meridian-editor=load-test' };
  const load = autocannon({
    url: LB,
    connections: 4,
    duration: 8,
    timeout: 30,
    requests: [
      { method: 'GET', path: '/api/health' },
      { method: 'GET', path: '/', headers: bypassCache },
      { method: 'GET', path: `/articles/${EDITED}`, headers: bypassCache },
    ],
  });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const stopped = new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      try {
        process.kill(instancePids[1]!, 0);
      } catch {
        clearInterval(poll);
        resolve();
      }
    }, 100);
  });
  process.kill(instancePids[1]!, 'SIGTERM');
  await stopped;
  const result = await load;
  const failed = result.errors + result.timeouts + result.non2xx;
  console.log(
    `load through nginx while instance 2 stopped: ${result.requests.total} requests (${result.requests.average}/s), ` +
      `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, p99 ${result.latency.p99} ms`,
  );
  expect(result.requests.total).toBeGreaterThan(20);
  expect(failed).toBe(0);
  expect((await http.get(`${LB}/api/health`)).status()).toBe(200);
});
