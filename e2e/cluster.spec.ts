import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { Agent, get as httpGet } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import type { LiveFeed } from '../lib/content/live-blog';
import { previewPath } from '../lib/editors/preview-token';
import type { PopularList } from '../lib/popular/popular-list';
import { E2E_SECRETS, WEATHER_STUB_URL } from '../playwright.config';
import { E2E_ADMIN, seedDeskAccounts } from '../test-support/desk-accounts';
import { PAGE_TYPES } from '../test-support/page-types';
import { DRAFT } from './editors-helpers';

// `npm run cluster` itself (serving/cluster.ts): Varnish in front of two `next start` instances and a
// redis-server, on ports next to the e2e server's, reading a scratch copy of data/ that the tests edit.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const EDGE_PORT = PORT + 50;
const APP_PORTS = [PORT + 51, PORT + 52];
const CONTENT_DIR = path.join(os.tmpdir(), `meridian-cluster-content-${PORT}`);
/** The desk's accounts and sessions, one SQLite file both instances open (seeded with the suite's admin). */
const DESK_DIR = path.join(os.tmpdir(), `meridian-cluster-desk-${PORT}`);
const EDGE = `http://127.0.0.1:${EDGE_PORT}`;
const INSTANCES = APP_PORTS.map((port) => `http://127.0.0.1:${port}`);
const EDITED = 'gold-climbs-as-central-banks-keep-buying';
const LIVE_SLUG = PAGE_TYPES.live.split('/').at(-1)!;
/** Public pages of every kind, as readers ask for them. */
const PUBLIC_PAGES = [
  '/',
  `/articles/${EDITED}`,
  '/section/markets',
  '/section/world',
  '/page/2',
  '/api/stories?list=latest&page=2',
];
const readerAgent = (n: number) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${n}.0 Safari/537.36`;

let cluster: ChildProcess;
let output = '';
let instancePids: number[] = [];
let http: APIRequestContext;
/** The admin, signed in at instance A's desk (by the first live test). */
let desk: APIRequestContext | undefined;
const scheduled = { slug: `scheduled-cluster-${Date.now()}`, title: '', publishAt: new Date(0) };

const articleFile = (slug: string) => path.join(CONTENT_DIR, 'articles', `${slug}.md`);
/** Whether the page holds the text (a boolean, so that a failure does not print the whole page). */
const shows = async (url: string, text: string) => (await (await http.get(url)).text()).includes(text);
const cacheStatus = async (url: string, headers: Record<string, string> = {}) =>
  (await http.get(url, { headers })).headers()['x-cache'];

function revalidateOn(base: string, body: unknown) {
  return http.post(`${base}/api/revalidate`, {
    headers: { Authorization: `Bearer ${E2E_SECRETS.REVALIDATE_SECRET}`, 'Content-Type': 'application/json' },
    data: JSON.stringify(body),
  });
}

async function stopInstance(pid: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  await expect
    .poll(
      () => {
        try {
          process.kill(pid, 0);
          return false;
        } catch {
          return true;
        }
      },
      { timeout: 15_000, intervals: [100] },
    )
    .toBe(true);
}

/** Posts an update to the live story through instance A's desk form, as its page does, and checks it was refreshed. */
async function postLiveUpdate(headline: string): Promise<void> {
  const response = await desk!.post(`/api/newsroom/live/${LIVE_SLUG}`, {
    form: { action: 'post', headline, body: `${headline}: the desk's account of it.`, author: 'sofia-lindqvist' },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text()).toBe(303);
  // The desk's way back names the action, and `refresh=` only when the site was not refreshed everywhere.
  expect(response.headers()['location']).toContain('done=post');
  expect(response.headers()['location']).not.toContain('refresh=');
}

/** Renders of the live story's JSON so far, per instance, from the origin's log lines (lib/content/live-blog.ts). */
function liveRenders(): number[] {
  const lines = [...output.matchAll(new RegExp(`\\[instance (\\d+)\\] live ${LIVE_SLUG}: updates rendered`, 'g'))];
  return APP_PORTS.map((_, i) => lines.filter((m) => m[1] === String(i + 1)).length);
}

interface PollAnswer {
  status: number;
  cache: string;
  newest: string | undefined;
}

/** `readers` requests for the URL sent together, each on a connection of its own, as many open live pages polling. */
async function pollAtOnce(url: string, readers: number): Promise<PollAnswer[]> {
  const agent = new Agent({ maxSockets: readers });
  const poll = () =>
    new Promise<PollAnswer>((resolve, reject) => {
      httpGet(url, { agent }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            cache: String(response.headers['x-cache']),
            newest: response.statusCode === 200 ? (JSON.parse(body) as LiveFeed).updates[0]?.headline : undefined,
          }),
        );
      }).on('error', reject);
    });
  try {
    return await Promise.all(Array.from({ length: readers }, poll));
  } finally {
    agent.destroy();
  }
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync('bash', ['serving/ensure-varnish.sh'], { stdio: 'inherit' });
  // A new connection per request: an idle keep-alive connection closed just as it is reused would fail a
  // request for a reason that has nothing to do with the cluster.
  http = await playwrightRequest.newContext({ extraHTTPHeaders: { Connection: 'close' } });
  fs.rmSync(CONTENT_DIR, { recursive: true, force: true });
  fs.cpSync('data', CONTENT_DIR, { recursive: true });
  fs.rmSync(DESK_DIR, { recursive: true, force: true });
  await seedDeskAccounts(DESK_DIR);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...E2E_SECRETS,
    CONTENT_DIR,
    DESK_DATA_DIR: DESK_DIR,
    WEATHER_API_URL: WEATHER_STUB_URL,
    POPULAR_WINDOW_HOURS: '1',
    POPULAR_REFRESH_SECONDS: '2',
    POPULAR_MIN_VIEWS: '2',
    // The instances share the build: pages they render from the scratch content must not be written into it.
    MERIDIAN_ISR_FLUSH_TO_DISK: 'off',
  };
  delete env.REDIS_URL;
  const args = ['--port', String(EDGE_PORT), '--app-port', String(APP_PORTS[0]), '--redis-port', String(PORT + 60)];
  cluster = spawn(process.execPath, ['--import', 'tsx', 'serving/cluster.ts', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cluster.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  cluster.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(() => output.includes('Press Ctrl-C to stop.') || cluster.exitCode !== null, {
      timeout: 170_000,
      intervals: [500],
    })
    .toBe(true);
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
  await desk?.dispose();
  fs.rmSync(CONTENT_DIR, { recursive: true, force: true });
  fs.rmSync(DESK_DIR, { recursive: true, force: true });
  // The cluster's own log (instances, Varnish), for reading after a failure.
  await test.info().attach('cluster output', { body: output, contentType: 'text/plain' });
});

test("an edit revalidated through instance A is on Varnish's very next response", async () => {
  const sentence = `An editor added this sentence at ${Date.now()}.`;
  const article = `${EDGE}/articles/${EDITED}`;
  await http.get(article);
  expect(await cacheStatus(article)).toBe('HIT');
  const original = fs.readFileSync(articleFile(EDITED), 'utf8');
  fs.writeFileSync(articleFile(EDITED), `${original.trimEnd()}\n\n${sentence}\n`);
  try {
    // Saved but not announced: Varnish keeps serving its copy.
    expect(await shows(article, sentence)).toBe(false);
    const response = await revalidateOn(INSTANCES[0]!, { slugs: [EDITED] });
    expect(response.status()).toBe(200);
    expect((await response.json()).instances).toEqual({ instances: 2, acknowledged: 2 });
    const next = await http.get(article);
    expect(next.headers()['x-cache']).toBe('MISS');
    expect((await next.text()).includes(sentence), 'the very next response through Varnish').toBe(true);
    expect(await shows(INSTANCES[1] + `/articles/${EDITED}`, sentence), 'instance B').toBe(true);
  } finally {
    fs.writeFileSync(articleFile(EDITED), original);
    expect((await revalidateOn(INSTANCES[1]!, { slugs: [EDITED] })).status()).toBe(200);
  }
  expect(await shows(article, sentence)).toBe(false);
});

test('previews, editors and the newsroom pass through Varnish uncached; readers share one copy', async () => {
  const editor = await playwrightRequest.newContext({ baseURL: EDGE });
  try {
    const preview = await editor.get(previewPath(DRAFT.slug, 1, E2E_SECRETS.PREVIEW_SECRET));
    expect(preview.status()).toBe(200);
    expect((await preview.text()).includes(DRAFT.marker)).toBe(true);
    for (let i = 0; i < 2; i++) {
      const again = await editor.get(`/articles/${DRAFT.slug}`);
      expect(again.headers()['x-cache']).toBe('PASS');
      expect((await again.text()).includes(DRAFT.marker)).toBe(true);
    }
    // An editor in Draft Mode sees fresh public pages too, never stored for readers.
    expect((await editor.get('/')).headers()['x-cache']).toBe('PASS');
  } finally {
    await editor.dispose();
  }
  const reader = await http.get(`${EDGE}/articles/${DRAFT.slug}`);
  expect(reader.status()).toBe(404);
  expect((await reader.text()).includes(DRAFT.marker)).toBe(false);

  for (let i = 0; i < 2; i++) expect(await cacheStatus(`${EDGE}/newsroom`)).toBe('PASS');
  expect(await cacheStatus(`${EDGE}/`, { cookie: 'meridian-editor=x' })).toBe('PASS');
  expect(await cacheStatus(`${EDGE}/`, { cookie: 'meridian-preview=x' })).toBe('PASS');

  // A reader's saved city and unit are one more cached copy (never a bypass), rendered for that city.
  await http.get(`${EDGE}/`);
  expect(await cacheStatus(`${EDGE}/?utm_source=newsletter&fbclid=1`)).toBe('HIT');
  const tokyo = { cookie: 'meridian-city=tokyo; meridian-unit=f' };
  await http.get(`${EDGE}/`, { headers: tokyo });
  const bar = await http.get(`${EDGE}/`, { headers: { cookie: 'theme=dark; meridian-unit=f; meridian-city=tokyo' } });
  expect(bar.headers()['x-cache']).toBe('HIT');
  expect(await bar.text()).toContain('<option value="tokyo" selected="">');
});

test('a story scheduled through one instance appears through Varnish within 60 s of its time', async () => {
  test.setTimeout(150_000);
  const pages = [`/articles/${scheduled.slug}`, '/', '/section/markets'];
  const visible = async () => {
    const [article, ...lists] = await Promise.all(pages.map((p) => http.get(EDGE + p)));
    const texts = await Promise.all(lists.map((r) => r.text()));
    return article!.status() === 200 && texts.every((t) => t.includes(scheduled.title));
  };
  let appearedAt = 0;
  while (!appearedAt && Date.now() < scheduled.publishAt.getTime() + 90_000) {
    // A request sent just before the time may be rendered just after it: only earlier ones must miss it.
    const early = Date.now() < scheduled.publishAt.getTime() - 1_000;
    const shown = await visible();
    if (early) expect(shown, 'not public before its time').toBe(false);
    else if (shown) appearedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  expect(appearedAt, 'never appeared through Varnish').toBeGreaterThan(0);
  const delay = (appearedAt - scheduled.publishAt.getTime()) / 1000;
  console.log(`scheduled story public through Varnish ${delay.toFixed(1)} s after its time`);
  expect(delay).toBeLessThanOrEqual(60);
});

test('views counted through both instances add up in one ranking', async () => {
  const latest = (await (await http.get(`${EDGE}/api/stories?list=latest&page=3`)).json()) as {
    items: { slug: string }[];
  };
  const [mostRead, secondMostRead] = latest.items.map((s) => s.slug) as [string, string];
  const view = async (base: string, slug: string, reader: number) => {
    // The instances trust loopback as their proxy (TRUSTED_PROXIES): each reader comes from an address of its own.
    const response = await http.post(`${base}/api/views`, {
      headers: {
        'User-Agent': readerAgent(reader),
        'Content-Type': 'application/json',
        'X-Forwarded-For': `198.51.100.${reader}`,
      },
      data: JSON.stringify({ slug }),
    });
    expect(response.status(), `view ${reader} of ${slug} on ${base}`).toBe(202);
  };
  // Alone, instance A would rank `secondMostRead` first (3 views to 2) and B would rank only `mostRead`.
  for (const reader of [1, 2]) await view(INSTANCES[0]!, mostRead, reader);
  for (const reader of [3, 4]) await view(INSTANCES[1]!, mostRead, reader);
  for (const reader of [5, 6, 7]) await view(INSTANCES[0]!, secondMostRead, reader);
  const sent = Date.now();
  for (const base of [...INSTANCES, EDGE]) {
    let list: PopularList | null = null;
    await expect
      .poll(
        async () => {
          list = (await (await http.get(`${base}/api/popular?limit=5`)).json()) as PopularList;
          return list.computedAt > sent;
        },
        { timeout: 20_000, intervals: [500] },
      )
      .toBe(true);
    expect(
      list!.items.slice(0, 2).map((item) => item.slug),
      base,
    ).toEqual([mostRead, secondMostRead]);
    expect(list!.measured).toBeGreaterThanOrEqual(2);
  }
});

test("a live update posted at instance A's desk is in Varnish's very next page and JSON", async () => {
  desk = await playwrightRequest.newContext({ baseURL: INSTANCES[0], extraHTTPHeaders: { Connection: 'close' } });
  const signedIn = await desk.post('/api/newsroom/login', {
    form: { email: E2E_ADMIN.email, password: E2E_ADMIN.password },
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBe(303);
  expect(signedIn.headers()['location']).toBe('/newsroom');
  const page = `${EDGE}${PAGE_TYPES.live}`;
  const feed = `${EDGE}/api/live/${LIVE_SLUG}`;
  for (const url of [page, feed]) {
    await http.get(url);
    expect(await cacheStatus(url), url).toBe('HIT');
  }
  const headline = `Cluster desk update ${Date.now()}`;
  await postLiveUpdate(headline);
  const nextPage = await http.get(page);
  expect(nextPage.headers()['x-cache']).toBe('MISS');
  expect((await nextPage.text()).includes(headline), "the live page's very next response").toBe(true);
  const nextFeed = await http.get(feed);
  expect(nextFeed.headers()['x-cache']).toBe('MISS');
  expect(((await nextFeed.json()) as LiveFeed).updates[0]?.headline, "the JSON's very next response").toBe(headline);
});

test('readers polling the live JSON through Varnish, 500 at once, cost the origin one render per update', async () => {
  test.setTimeout(120_000);
  const readers = 500;
  const feed = `${EDGE}/api/live/${LIVE_SLUG}`;
  const rendersPerUpdate: number[][] = [];
  for (let round = 1; round <= 3; round++) {
    const headline = `Cluster poll update ${round} at ${Date.now()}`;
    const before = liveRenders();
    // Open pages keep polling while the desk posts and expires the story's tags.
    let posted = false;
    const polling = (async () => {
      while (!posted) await pollAtOnce(feed, 20);
    })();
    await postLiveUpdate(headline);
    posted = true;
    await polling;
    const sent = Date.now();
    const answers = await pollAtOnce(feed, readers);
    const took = Date.now() - sent;
    // The instances' lines reach this process through serving/cluster.ts's pipes: give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const renders = liveRenders().map((n, i) => n - before[i]!);
    rendersPerUpdate.push(renders);
    const cache = Object.fromEntries(
      ['HIT', 'MISS', 'PASS'].map((status) => [status, answers.filter((a) => a.cache === status).length]),
    );
    console.log(
      `live update ${round}: ${readers} readers answered in ${took} ms (${JSON.stringify(cache)}); ` +
        `renders per instance ${JSON.stringify(renders)}`,
    );
    expect(answers.filter((a) => a.status !== 200).length, 'answers other than 200').toBe(0);
    expect(answers.filter((a) => a.newest !== headline).length, 'answers without the new update').toBe(0);
  }
  for (const [index, renders] of rendersPerUpdate.entries())
    expect(
      renders.reduce((a, b) => a + b, 0),
      `renders for update ${index + 1}`,
    ).toBeLessThanOrEqual(1);
});

test('under a steady mixed load, with an edit revalidated midway, at least 99% of public requests are hits', async () => {
  test.setTimeout(90_000);
  for (const page of PUBLIC_PAGES) await http.get(EDGE + page);
  const counts = new Map<string, number>();
  // autocannon passes the headers with the names as sent (Varnish's `X-Cache`).
  const count = (
    _status: number,
    _body: string,
    _context: object,
    headers: Record<string, string | string[] | undefined> = {},
  ) => {
    const status = String(headers['X-Cache'] ?? 'none');
    counts.set(status, (counts.get(status) ?? 0) + 1);
  };
  let n = 0;
  const load = autocannon({
    url: EDGE,
    connections: 8,
    duration: 30,
    timeout: 10,
    requests: [
      ...PUBLIC_PAGES.map((page) => ({ method: 'GET' as const, path: page, onResponse: count })),
      // Readers with a saved city, and links with tracking parameters: the same copies.
      { method: 'GET', path: '/', headers: { cookie: 'meridian-city=tokyo; meridian-unit=f' }, onResponse: count },
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: `/section/markets?utm_source=mail-${n++}` }),
        onResponse: count,
      },
    ],
  });
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  // An editor's change: revalidating it purges its tags, `content` included (every page carries it).
  expect((await revalidateOn(INSTANCES[0]!, { slugs: [EDITED] })).status()).toBe(200);
  const result = await load;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const hits = counts.get('HIT') ?? 0;
  console.log(
    `steady load through Varnish: ${total} responses (${result.requests.average}/s, p99 ${result.latency.p99} ms), ` +
      `${JSON.stringify(Object.fromEntries(counts))}, hit ratio ${((100 * hits) / total).toFixed(2)}%, ` +
      `${result.errors} errors, ${result.non2xx} non-2xx`,
  );
  expect(result.errors + result.timeouts + result.non2xx).toBe(0);
  expect(total).toBeGreaterThan(1000);
  expect(hits / total).toBeGreaterThanOrEqual(0.99);
});

test('stopping one instance under load loses no request: Varnish retries them on the other', async () => {
  test.setTimeout(60_000);
  // Editors' requests pass, so both instances serve a steady share of them.
  const editor = { cookie: 'meridian-editor=load-test' };
  const load = autocannon({
    url: EDGE,
    connections: 4,
    duration: 10,
    timeout: 30,
    requests: [
      { method: 'GET', path: '/api/health' },
      { method: 'GET', path: '/', headers: editor },
      { method: 'GET', path: `/articles/${EDITED}`, headers: editor },
      { method: 'GET', path: `/articles/${EDITED}` },
    ],
  });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await stopInstance(instancePids[1]!);
  const result = await load;
  console.log(
    `load through Varnish while instance 2 stopped: ${result.requests.total} requests (${result.requests.average}/s), ` +
      `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, p99 ${result.latency.p99} ms`,
  );
  expect(result.requests.total).toBeGreaterThan(20);
  expect(result.errors + result.timeouts + result.non2xx).toBe(0);
  expect((await http.get(`${EDGE}/api/health`)).status()).toBe(200);
});

test('with both instances stopped, Varnish still serves the pages it holds, past their s-maxage (grace)', async () => {
  test.setTimeout(120_000);
  const pages = ['/', `/articles/${EDITED}`, '/section/markets', '/api/stories?list=latest&page=2'];
  const bodies = new Map<string, string>();
  for (const page of pages) bodies.set(page, await (await http.get(EDGE + page)).text());
  await stopInstance(instancePids[0]!);
  // Once the probes have noticed, nothing is healthy: what an instance would have had to render is a 503.
  await expect.poll(async () => (await http.get(`${EDGE}/api/health`)).status(), { timeout: 15_000 }).toBe(503);
  const served = async (page: string) => {
    const response = await http.get(EDGE + page);
    expect(response.status(), page).toBe(200);
    expect(response.headers()['x-cache'], page).toBe('HIT');
    expect((await response.text()) === bodies.get(page), `${page}: the copy it held`).toBe(true);
    return response;
  };
  for (const page of pages) await served(page);
  // The story list's s-maxage is a minute: asked until its copy is older than that, when only grace serves it.
  const list = pages.at(-1)!;
  await expect
    .poll(
      async () => {
        const response = await served(list);
        return (
          Number(response.headers()['age']) >
          Number(/s-maxage=(\d+)/.exec(response.headers()['cache-control'] ?? '')?.[1])
        );
      },
      { timeout: 90_000, intervals: [2_000] },
    )
    .toBe(true);
});
