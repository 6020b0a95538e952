/**
 * The scale benchmark of issue 8: `npm run bench:scale [-- --articles 100000 --port 3800 --pages 10000]`
 * (the weather stub listens on port + 1). Generates the corpus (if missing) in $TMPDIR/meridian-scale-N, builds
 * against it (wall time and peak resident memory of the whole build process tree; this replaces the build in
 * .next), starts the production server as `npm start` runs it (`next start`, pages rendered at run time kept in
 * Next's route cache on disk), serves `--pages` distinct pages (articles not prerendered, plus list pages) at 10
 * concurrent requests, then measures: the server's memory (right after, and at rest); an uncached article's latency
 * (never-requested articles, one at a time and at 50 connections); a cached page's latency at 50 connections (200
 * articles rendered minutes before; identity, then gzip accepted as browsers ask); then all the served pages again,
 * most of them past their revalidation time by then (stale copies served, re-rendered in the background). Prints
 * the figures and writes its section of docs/performance.md. `--skip-build` reuses the current build (which must
 * have been made from the same corpus). Run it alone on the machine: the figures are timings.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { readContentManifest } from '../lib/content/content-manifest';
import { loadContent } from '../lib/content/load-content';
import { PAGE_SIZE } from '../lib/content/paginate';
import { publicArticles } from '../lib/content/public-articles';
import { markdownTable, writeSection } from './shared/performance-doc';
import { processTreeRssKiB, samplePeakRss } from './shared/process-tree-memory';
import { startProductionServer } from './shared/production-server';
import { percentile } from './shared/statistics';

const loadAverageAtStart = os.loadavg()[0]!;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    dir: { type: 'string' },
    port: { type: 'string', default: '3800' },
    pages: { type: 'string', default: '10000' },
    'cached-seconds': { type: 'string', default: '30' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const articleCount = Number(values.articles);
const dir = path.resolve(values.dir ?? path.join(os.tmpdir(), `meridian-scale-${articleCount}`));
const port = Number(values.port);
const pageCount = Number(values.pages);
const origin = `http://127.0.0.1:${port}`;
/** The build prerenders the newest 300 stories; older ones are rendered on their first request. */
const SKIP_NEWEST = 1000;

const mib = (kib: number) => Math.round(kib / 1024);
const env = { ...process.env, CONTENT_DIR: dir, SITE_URL: origin, NEXT_TELEMETRY_DISABLED: '1' };

function runToEnd(
  command: string,
  args: string[],
  childEnv: NodeJS.ProcessEnv = env,
): Promise<{ seconds: number; peakRssMiB: number }> {
  const started = performance.now();
  const child = spawn(command, args, { env: childEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  const sampler = samplePeakRss(child.pid!);
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      const peak = sampler.stop();
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve({ seconds: Math.round((performance.now() - started) / 1000), peakRssMiB: mib(peak) });
    }),
  );
}

/** A fixed pseudo-random order (same on every run, so runs compare). */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let state = 42;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Fetches every path once, `concurrency` at a time; returns each request's time to the full body (ms). */
async function fetchAll(paths: string[], concurrency: number): Promise<{ latencies: number[]; failures: string[] }> {
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const target = paths[next++]!;
      const started = performance.now();
      const response = await fetch(origin + target);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      if (response.status !== 200) failures.push(`${response.status} ${target}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies: latencies.sort((a, b) => a - b), failures };
}

/** autocannon at `connections`, each request taking the next path; `amount` requests or `duration` seconds. */
function cannon(
  paths: string[],
  connections: number,
  limit: { amount: number } | { duration: number },
  headers: Record<string, string> = {},
): Promise<autocannon.Result> {
  let next = 0;
  const requests: autocannon.Request[] = [
    { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) },
  ];
  return new Promise((resolve, reject) => {
    autocannon({ url: origin, connections, requests, headers, timeout: 30, ...limit }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** Waits until the server uses under 5% of a core for 2 s (background renders finished), at most 2 minutes. */
async function waitForIdle(pid: number) {
  const cpuTicks = () =>
    fs
      .readFileSync(`/proc/${pid}/stat`, 'utf8')
      .split(') ')[1]!
      .split(' ')
      .slice(11, 13)
      .reduce((sum, field) => sum + Number(field), 0);
  const ticksPerSecond = 100;
  let quiet = 0;
  for (let waited = 0; quiet < 2 && waited < 120; waited++) {
    const before = cpuTicks();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    quiet = cpuTicks() - before < 0.05 * ticksPerSecond ? quiet + 1 : 0;
  }
}

function summary(latencies: number[]) {
  return {
    requests: latencies.length,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    max: Math.round(latencies.at(-1) ?? NaN),
  };
}

function cannonSummary(result: autocannon.Result) {
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

async function main() {
  const figures: Record<string, unknown> = { articles: articleCount, dir, cpus: os.cpus().length };
  if (!fs.existsSync(path.join(dir, 'articles'))) {
    console.log(`Generating ${articleCount} articles in ${dir} ...`);
    // Without CONTENT_DIR: the generator takes its images from the sample newsroom in data/.
    await runToEnd(
      'npm',
      ['run', '--silent', 'content:generate', '--', '--articles', String(articleCount), '--out', dir],
      { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    );
  }
  if (!values['skip-build']) {
    console.log('Building (content check, then next build) ...');
    figures.build = await runToEnd('npm', ['run', '--silent', 'build']);
    console.log(`Build: ${JSON.stringify(figures.build)}`);
  }

  // From the manifest the build's content check wrote, as the server starts: parsing 100,000 files takes a minute.
  const snapshot = loadContent(dir, { bodies: 'none', cache: readContentManifest(dir) });
  // Spread over the archive in a fixed shuffled order: distinct, never prerendered, never requested twice.
  const order = shuffled(
    publicArticles(snapshot, Date.now())
      .articles.map((a) => a.slug)
      .slice(SKIP_NEWEST),
  );
  const listPaths = [
    ...Array.from({ length: 300 }, (_, i) => `/page/${i + 2}`),
    ...snapshot.sections.flatMap((s) => Array.from({ length: 40 }, (_, i) => `/section/${s.slug}/page/${i + 2}`)),
    ...snapshot.tags.slice(0, 100).map((t) => `/tag/${t.slug}/page/2`),
    ...snapshot.authors.flatMap((a) => Array.from({ length: 5 }, (_, i) => `/author/${a.slug}/page/${i + 2}`)),
  ];
  const listCount = Math.min(listPaths.length, Math.round(pageCount / 10));
  const served = shuffled([
    ...order.slice(0, pageCount - listCount).map((slug) => `/articles/${slug}`),
    ...listPaths.slice(0, listCount),
  ]);
  const uncached = order.slice(pageCount, pageCount + 700).map((slug) => `/articles/${slug}`);
  if (uncached.length < 700 || order.length / PAGE_SIZE < 302)
    throw new Error('The corpus is too small for this benchmark: use --articles 20000 or more.');

  const started = performance.now();
  // As `npm start` runs it: rendered pages are flushed to disk.
  const server = await startProductionServer(
    port,
    { CONTENT_DIR: dir, SITE_URL: origin, MERIDIAN_ISR_FLUSH_TO_DISK: 'on' },
    port + 1,
  );
  try {
    figures.serverReadySeconds = Math.round((performance.now() - started) / 100) / 10;
    figures.serverRssAtStartMiB = mib(processTreeRssKiB(server.pid));
    console.log(`Server ready in ${figures.serverReadySeconds} s, ${figures.serverRssAtStartMiB} MiB`);

    console.log(`Serving ${served.length} distinct pages (${listCount} list pages) at 10 concurrent requests ...`);
    const first = await fetchAll(served, 10);
    if (first.failures.length > 0) throw new Error(`Failed requests: ${first.failures.slice(0, 5).join(', ')}`);
    figures.firstRequests = summary(first.latencies);
    figures.serverRssAfterPagesMiB = mib(processTreeRssKiB(server.pid));
    console.log(
      `First requests (uncached, concurrency 10): ${JSON.stringify(figures.firstRequests)}; server ${figures.serverRssAfterPagesMiB} MiB`,
    );

    await waitForIdle(server.pid);
    // At rest: V8 returns memory some seconds after the load stops.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    figures.serverRssAtRestMiB = mib(processTreeRssKiB(server.pid));
    console.log(`Server at rest after the pages: ${figures.serverRssAtRestMiB} MiB`);
    const onePaths = uncached.slice(0, 200);
    const one = await fetchAll(onePaths, 1);
    figures.uncachedArticleConcurrency1 = summary(one.latencies);
    console.log(`Uncached article, one at a time: ${JSON.stringify(figures.uncachedArticleConcurrency1)}`);
    const fifty = await cannon(uncached.slice(200), 50, { amount: uncached.length - 200 });
    figures.uncachedArticle50Connections = cannonSummary(fifty);
    console.log(`Uncached article, 50 connections: ${JSON.stringify(figures.uncachedArticle50Connections)}`);

    // Cached pages: the 200 articles rendered a minute or two ago (within their 5-minute revalidation time), each
    // requested once more so that every one is in Next's cache.
    await fetchAll(onePaths, 10);
    await waitForIdle(server.pid);
    const hotRun = await cannon(onePaths, 50, { duration: Number(values['cached-seconds']) });
    figures.hotPage50Connections = {
      pages: onePaths.length,
      ...cannonSummary(hotRun),
      perSecond: Math.round(hotRun.requests.average),
    };
    console.log(`Cached pages (${onePaths.length}), 50 connections: ${JSON.stringify(figures.hotPage50Connections)}`);
    // As browsers ask: gzip accepted, so Next compresses every answer.
    const hotGzip = await cannon(
      onePaths,
      50,
      { duration: Number(values['cached-seconds']) },
      { 'accept-encoding': 'gzip' },
    );
    figures.hotPageGzip50Connections = {
      pages: onePaths.length,
      ...cannonSummary(hotGzip),
      perSecond: Math.round(hotGzip.requests.average),
    };
    console.log(`Cached pages, gzip, 50 connections: ${JSON.stringify(figures.hotPageGzip50Connections)}`);

    // Every page served in the first phase: most are past their 5-minute revalidation time by now, so each first
    // request here is answered from the stale copy and re-renders the page in the background.
    const cached = await cannon(served, 50, { duration: Number(values['cached-seconds']) });
    figures.cachedPage50Connections = { ...cannonSummary(cached), perSecond: Math.round(cached.requests.average) };
    figures.serverRssAtEndMiB = mib(processTreeRssKiB(server.pid));
    console.log(
      `Served pages (all ${served.length}, mostly stale), 50 connections: ${JSON.stringify(figures.cachedPage50Connections)}; server ${figures.serverRssAtEndMiB} MiB`,
    );
  } finally {
    await server.close();
  }
  console.log(JSON.stringify(figures, null, 2));
  writeSection({
    id: 'scale',
    title: `${articleCount.toLocaleString('en')} stories (\`npm run bench:scale\`)`,
    script: 'bench:scale',
    loadAverageAtStart,
    body: [
      `A generated corpus of ${articleCount.toLocaleString('en')} stories in ${dir}; ${pageCount.toLocaleString('en')} distinct pages served first at 10 concurrent requests. Latencies in ms from sending to the last byte (autocannon: to the response); memory is the server's process tree in MiB.`,
      '',
      markdownTable(
        ['figure', 'value'],
        Object.entries(figures)
          .filter(([name]) => !['articles', 'dir', 'cpus'].includes(name))
          .map(([name, value]) => [name, describe(value)]),
      ),
    ].join('\n'),
  });
}

/** `{ p50: 12, p99: 40 }` as `p50 12, p99 40`. */
function describe(value: unknown): string {
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([key, v]) => `${key} ${String(v)}`)
      .join(', ');
  return String(value);
}

await main();
