/**
 * Load and soak test: `npm run load [-- --seconds 300 --warmup 60 --connections 100 --port 3400]`. Starts the
 * production build (`npm start`'s server; run `npm run build` first) and a local weather upstream, drives them with
 * autocannon over a realistic mix, first for the warm-up and then for the measured run, and prints totals, statuses,
 * latency, errors and 5xx per class of request, every request that timed out, and the server's memory series and
 * growth after warm-up (load/memory-series.ts), and writes its section of docs/performance.md. Exits 1 on any error
 * or 5xx or memory growth over 10%. `--url http://host:port --pid N` drives a server that is already running instead
 * (memory then from /proc only).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadContent } from '../lib/content/load-content';
import { isPublic } from '../lib/content/visibility';
import { EDGE_SAMPLES, growth, growthFromLowest, readProbe, rssBytes, type MemorySample } from './load/memory-series';
import { RequestStats, type SentRequest } from './load/request-stats';
import { markdownTable, writeSection } from './shared/performance-doc';
import { startProductionServer } from './shared/production-server';

const loadAverageAtStart = os.loadavg()[0]!;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    connections: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '60' },
    timeout: { type: 'string', default: '10' },
    port: { type: 'string', default: '3400' },
    url: { type: 'string' },
    pid: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const warmupSeconds = Number(values.warmup);
const timeoutSeconds = Number(values.timeout);

interface MixEntry {
  kind: string;
  method?: 'GET' | 'POST';
  path: string;
  cookie?: string;
  body?: string;
  headers?: Record<string, string>;
}

/** Weighted requests, shuffled once; handed out round-robin across all connections (see run()). */
function requestMix(): (Required<Pick<MixEntry, 'kind' | 'method' | 'path' | 'headers'>> & { body?: string })[] {
  const content = loadContent();
  const now = Date.now();
  const articles = content.articles.filter((a) => isPublic(a, now)).map((a) => a.slug);
  const cities = ['beijing', 'tokyo', 'london', 'new-york', 'sydney', 'singapore', 'mumbai'];
  const mix: MixEntry[] = [];
  const add = (kind: string, times: number, make: (i: number) => Omit<MixEntry, 'kind'>) => {
    for (let i = 0; i < times; i++) mix.push({ kind, ...make(i) });
  };
  add('home', 30, () => ({ path: '/' }));
  add('home, reader city', 10, (i) => ({
    path: '/',
    cookie: `meridian-city=${cities[i % cities.length]}; meridian-unit=${i % 2 ? 'f' : 'c'}`,
  }));
  add('article', 60, (i) => ({ path: `/articles/${articles[i % articles.length]}` }));
  add('article, reader city', 20, (i) => ({
    path: `/articles/${articles[(i * 7) % articles.length]}`,
    cookie: `meridian-city=${cities[i % cities.length]}`,
  }));
  add('section', 12, (i) => ({ path: `/section/${content.sections[i % content.sections.length]!.slug}` }));
  add('tag', 12, (i) => ({ path: `/tag/${content.tags[i % content.tags.length]!.slug}` }));
  add('author', 4, (i) => ({ path: `/author/${content.authors[i % content.authors.length]!.slug}` }));
  add('archive page', 4, (i) => ({ path: `/page/${2 + (i % 3)}` }));
  add('feed', 6, (i) => ({ path: ['/feed.xml', '/atom.xml', '/feed.json'][i % 3]! }));
  add('sitemap, robots', 3, (i) => ({ path: ['/sitemap.xml', '/news-sitemap.xml', '/robots.txt'][i % 3]! }));
  add('api/weather', 15, (i) => ({ path: `/api/weather?city=${cities[i % cities.length]}&unit=${i % 2 ? 'f' : 'c'}` }));
  add('api/stories', 10, (i) => ({ path: `/api/stories?list=latest&page=${1 + (i % 3)}` }));
  add('api/stories section', 4, (i) => ({
    path: `/api/stories?list=section&slug=${content.sections[i % content.sections.length]!.slug}&page=1`,
  }));
  add('404', 3, (i) => ({ path: `/articles/no-such-story-${i}` }));
  add('api/health', 2, () => ({ path: '/api/health' }));
  const words = ['gold', 'chips', 'central banks', 'battery', 'shipping', 'cloud', 'inflation', 'merger'];
  add('search', 8, (i) => ({
    path: `/search?q=${encodeURIComponent(words[i % words.length]!)}${i % 2 ? '&sort=date' : ''}`,
  }));
  add('search suggest', 4, (i) => ({
    path: `/api/search/suggest?q=${encodeURIComponent(words[i % words.length]!.slice(0, 3 + (i % 3)))}`,
  }));
  // View beacons as readers' browsers send them, each reader with its own address and browser.
  add('view beacon', 12, (i) => ({
    method: 'POST',
    path: '/api/views',
    body: JSON.stringify({ slug: articles[(i * 5) % articles.length] }),
    headers: {
      'content-type': 'application/json',
      'user-agent': `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${i}.0 Safari/537.36`,
      'x-forwarded-for': `198.51.100.${i + 1}`,
    },
  }));
  for (let i = mix.length - 1; i > 0; i--) {
    const j = (i * 7919 + 13) % (i + 1);
    [mix[i], mix[j]] = [mix[j]!, mix[i]!];
  }
  return mix.map(({ kind, method = 'GET', path, cookie, body, headers = {} }) => ({
    kind,
    method,
    path,
    body,
    headers: cookie ? { ...headers, cookie } : headers,
  }));
}

/** Per connection (autocannon's request context): the request it sent last. */
interface Context {
  sent: SentRequest;
}

type Mix = ReturnType<typeof requestMix>;

function run(url: string, duration: number, mix: Mix, stats: RequestStats): Promise<autocannon.Result> {
  let next = 0;
  // One shared cursor: every request takes the next path of the mix, whichever connection sends it.
  const requests: autocannon.Request[] = [
    {
      setupRequest: (request, context) => {
        const { kind, ...entry } = mix[next++ % mix.length]!;
        (context as Context).sent = { kind, method: entry.method, path: entry.path, sentAt: performance.now() };
        return { ...request, ...entry };
      },
      onResponse: (status, _body, context) => stats.answered((context as Context).sent, status),
    },
  ];
  const setupClient = (client: autocannon.Client) => {
    // autocannon's types list only some of a client's events, and not its request iterator.
    const events = client as unknown as NodeJS.EventEmitter & { requestIterator: { context: Context } };
    const iterator = events.requestIterator;
    // On a timeout autocannon reconnects and sends the next request before it reports the timeout, and it reports
    // 'request' just before moving on: what the context held then is the request that timed out.
    let previous: SentRequest | undefined;
    events.on('request', () => (previous = iterator.context.sent));
    events.on('timeout', () => previous && stats.failed(previous, 'timeout'));
    events.on('connError', (error: NodeJS.ErrnoException) =>
      stats.failed(iterator.context.sent, error.code ?? error.message),
    );
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration, requests, setupClient, timeout: timeoutSeconds },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function printMemory(samples: MemorySample[], warmupEnd: number) {
  const measured = samples.filter((sample) => sample.at >= warmupEnd);
  console.log(
    'Server memory (MiB, every 30 s; t from the end of the warm-up): t, RSS, heap used, heap total, external, array buffers',
  );
  for (const [i, sample] of samples.entries()) {
    if (i % 6 !== 0 && i !== samples.length - 1) continue;
    const t = Math.round((sample.at - warmupEnd) / 1000);
    console.log(
      `  ${String(t).padStart(4)} s  ${[sample.rss, sample.heapUsed, sample.heapTotal, sample.external, sample.arrayBuffers].map((v) => (v === undefined ? '-' : mib(v)).padStart(5)).join(' ')}`,
    );
  }
  console.log(
    `Growth after warm-up (median of the first ${EDGE_SAMPLES} samples after it against the last ${EDGE_SAMPLES}, 5 s apart):`,
  );
  for (const field of ['rss', 'heapUsed', 'external', 'arrayBuffers'] as const) {
    const values = measured.map((sample) => sample[field]).filter((v): v is number => v !== undefined);
    const change = growth(values);
    if (change)
      console.log(
        `  ${field.padEnd(12)} ${mib(change.start)} → ${mib(change.end)} MiB (${change.percent >= 0 ? '+' : ''}${change.percent.toFixed(1)}%), peak ${mib(Math.max(...values))} MiB`,
      );
  }
  const rss = measured.map((sample) => sample.rss);
  const fromLowest = growthFromLowest(rss);
  if (fromLowest)
    console.log(
      `  rss against its lowest 30 s after warm-up: ${mib(fromLowest.lowest)} → ${mib(fromLowest.end)} MiB (${fromLowest.percent >= 0 ? '+' : ''}${fromLowest.percent.toFixed(1)}%)`,
    );
  return growth(rss);
}

async function main() {
  let url = values.url;
  let pid = values.pid ? Number(values.pid) : undefined;
  const cleanups: (() => Promise<void> | void)[] = [];
  const probeLog = path.join(os.tmpdir(), `meridian-load-memory-${process.pid}.jsonl`);
  if (!url) {
    const probe = path.resolve('bench', 'load', 'memory-probe.mjs');
    const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --import=${probe}`.trim();
    const server = await startProductionServer(Number(values.port), {
      NODE_OPTIONS: nodeOptions,
      MERIDIAN_MEMORY_LOG: probeLog,
    });
    cleanups.push(
      () => server.close(),
      () => fs.rmSync(probeLog, { force: true }),
    );
    url = server.url;
    pid = server.pid;
  }
  try {
    const requests = requestMix();
    console.log(
      `Load: ${connections} connections, ${warmupSeconds} s warm-up then ${seconds} s against ${url} (${requests.length} paths in the mix, client timeout ${timeoutSeconds} s)`,
    );
    const started = Date.now();
    // Without the probe (a server started elsewhere), the resident set is read from /proc.
    const procSamples: MemorySample[] = [];
    const loadAverages: number[] = [];
    const sampler = setInterval(() => {
      if (pid && !fs.existsSync(probeLog)) procSamples.push({ at: Date.now(), rss: rssBytes(pid) });
      loadAverages.push(os.loadavg()[0]!);
    }, 5000);
    const warmupStats = new RequestStats();
    if (warmupSeconds > 0) await run(url, warmupSeconds, requests, warmupStats);
    const warmupEnd = Date.now();
    const stats = new RequestStats();
    const result = await run(url, seconds, requests, stats);
    clearInterval(sampler);
    const duringRun = loadAverages.slice(Math.floor(warmupSeconds / 5));
    const codes = { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] };
    const serverErrors = result['5xx'];
    const summary = [
      ['warm-up errors', String(warmupStats.failures.length)],
      ['requests', `${result.requests.total} (${result.requests.average.toFixed(0)}/s on average)`],
      ['status codes', JSON.stringify(codes)],
      ['errors', `${result.errors} (timeouts ${result.timeouts})`],
      ['5xx', String(serverErrors)],
      [
        'latency (2xx)',
        `p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      ],
      ['throughput', `${(result.throughput.average / 1024 / 1024).toFixed(1)} MiB/s`],
      [
        'load average',
        duringRun.length
          ? `${Math.min(...duringRun).toFixed(1)}–${Math.max(...duringRun).toFixed(1)} (1-minute, during the measured run; ${os.cpus().length} cores)`
          : '-',
      ],
    ];
    for (const [name, value] of summary) console.log(`${`${name}:`.padEnd(15)}${value}`);
    console.log(stats.table());
    for (const failure of [
      ...warmupStats.failures.map((f) => ({ ...f, kind: `${f.kind} (warm-up)` })),
      ...stats.failures,
    ]) {
      console.log(
        `  ${failure.error} at ${failure.at.toFixed(1)} s after ${(failure.waited / 1000).toFixed(1)} s: ${failure.kind} ${failure.method} ${failure.path}`,
      );
    }
    const memory = pid ? printMemory([...readProbe(probeLog, pid, started), ...procSamples], warmupEnd) : null;
    const ok = result.errors === 0 && serverErrors === 0;
    const memoryOk = memory === null || memory.percent <= 10;
    const verdicts = [
      ok ? 'PASS: no errors, no 5xx' : 'FAIL: errors or 5xx',
      memory === null
        ? 'Memory: not measured'
        : `${memoryOk ? 'PASS' : 'FAIL'}: resident memory growth after warm-up ${memory.percent.toFixed(1)}% (target at most 10%)`,
    ];
    for (const line of verdicts) console.log(line);
    writeSection({
      id: 'load',
      title: 'Load and soak (`npm run load`)',
      script: 'load',
      loadAverageAtStart,
      body: [
        `autocannon, ${connections} connections over a realistic mix of ${requests.length} requests (pages, feeds, APIs, search, view beacons), ${warmupSeconds} s of warm-up then ${seconds} s measured against ${values.url ?? '`next start`'}; client timeout ${timeoutSeconds} s.`,
        '',
        markdownTable(['figure', 'value'], summary),
        '',
        '```',
        stats.table(),
        '```',
        '',
        ...verdicts.map((line) => `- ${line}`),
        ...(memory ? [`- resident memory ${mib(memory.start)} → ${mib(memory.end)} MiB after warm-up`] : []),
      ].join('\n'),
    });
    process.exitCode = ok && memoryOk ? 0 : 1;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

await main();
