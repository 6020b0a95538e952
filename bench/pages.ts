/**
 * Page benchmark: `npm run bench [-- --seconds 10 --connections 50 --port 3700 --targets home,feed]`
 * (after `npm run build`). Starts the production server (`next start`, on a scratch copy of data/ with archive
 * stories, see pages/archive-content.ts) and a baseline server that answers with the very same bytes from memory
 * (pages/baseline-server.ts), drives both with autocannon per page type and prints requests/s, p50 and p99
 * latency, non-2xx answers and the ratio of production to baseline requests/s, the targets as pass or miss, and
 * writes its section of docs/performance.md. `--url http://host:port` drives a server that is already running
 * instead (e.g. Varnish in front of the instances of `npm run cluster`); uncached articles then come from its
 * sitemaps. Requests accept gzip, as every browser and crawler does (`--encoding identity` to ask for raw bytes).
 * A missed target is a figure, not a failure (exit 0).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PAGE_TYPES } from '../test-support/page-types';
import { writeArchiveContent } from './pages/archive-content';
import type { Snapshot, SnapshotEntry } from './pages/baseline-server';
import { formatTable } from './shared/format-table';
import { markdownTable, writeSection } from './shared/performance-doc';
import { startProductionServer } from './shared/production-server';

const loadAverageAtStart = os.loadavg()[0]!;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3700' },
    archive: { type: 'string', default: '3000' },
    targets: { type: 'string' },
    url: { type: 'string' },
    encoding: { type: 'string', default: 'gzip' },
  },
});
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const connections = Number(values.connections);
const port = Number(values.port);

/** A page type: one fixed path, or (uncached) a new path for every request. */
interface Target {
  name: string;
  path: string;
  fresh?: boolean;
}
const ALL_TARGETS: Target[] = [
  { name: 'home', path: PAGE_TYPES.home },
  { name: 'article (cached)', path: PAGE_TYPES.article },
  { name: 'article (uncached)', path: '/articles/…', fresh: true },
  { name: 'section', path: PAGE_TYPES.section },
  { name: 'tag', path: PAGE_TYPES.tag },
  { name: 'feed', path: '/feed.xml' },
  { name: 'sitemap', path: '/sitemap.xml' },
];
const targets = values.targets
  ? ALL_TARGETS.filter((t) => values.targets!.split(',').some((n) => t.name.startsWith(n)))
  : ALL_TARGETS;

interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Runs autocannon; `nextPath` picks each request's path, so one run can ask for a new URL every time. */
function drive(url: string, duration: number, nextPath: () => string): Promise<Measurement> {
  const requests: autocannon.Request[] = [
    { method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) },
  ];
  return new Promise((resolve, reject) => {
    const headers = { 'accept-encoding': values.encoding! };
    autocannon({ url, connections, duration, requests, headers, timeout: 10 }, (error, result) => {
      if (error) return reject(error);
      resolve({
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
      });
    });
  });
}

/** Set per response by the baseline itself, or by fetch's decoding of the body. */
const PER_RESPONSE_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'keep-alive',
  'transfer-encoding',
]);

/** A page as the server sent it: its body and end-to-end headers (CSP, Cache-Control, Vary...), so the baseline sends the same bytes. */
async function snapshotEntry(url: string): Promise<SnapshotEntry> {
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}; the baseline needs a 200 to copy`);
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !PER_RESPONSE_HEADERS.has(name)));
  return { contentType: response.headers.get('content-type') ?? 'text/html', headers, body: await response.text() };
}

async function startBaseline(snapshot: Snapshot, baselinePort: number): Promise<{ url: string; close: () => void }> {
  const file = path.join(os.tmpdir(), `meridian-bench-snapshot-${baselinePort}.json`);
  fs.writeFileSync(file, JSON.stringify(snapshot));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('bench', 'pages', 'baseline-server.ts'), file, String(baselinePort)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${baselinePort}`, close: () => void child.kill('SIGTERM') };
}

/** Uncached article paths: the run's own archive stories, or (against --url) the articles the server's sitemap lists. */
async function freshArticlePaths(
  url: string | undefined,
): Promise<{ paths: string[]; close?: () => Promise<void>; url: string }> {
  if (url) {
    const index = await (await fetch(`${url}/sitemap.xml`)).text();
    const chunks = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/articles\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
    const paths: string[] = [];
    for (const chunk of chunks) {
      const xml = await (await fetch(`${url}${chunk}`)).text();
      paths.push(...[...xml.matchAll(/<loc>[^<]*?(\/articles\/[^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    return { paths: paths.filter((p) => p !== PAGE_TYPES.article).reverse(), url };
  }
  const runId = Date.now().toString(36);
  const contentDir = path.join(os.tmpdir(), `meridian-bench-content-${port}`);
  const slugs = writeArchiveContent(contentDir, Number(values.archive), runId);
  const server = await startProductionServer(port, { CONTENT_DIR: contentDir });
  return { paths: slugs.map((slug) => `/articles/${slug}`), close: server.close, url: server.url };
}

type Row = { target: string; production: Measurement; ratio: number };

/** Issue 22's targets: `next start` alone serves the homepage fast enough; a cache in front at least matches the baseline. */
function targetVerdicts(rows: Row[]): string[] {
  const verdict = (ok: boolean) => (ok ? 'pass' : 'MISS');
  if (values.url) {
    return rows
      .filter((r) => !ALL_TARGETS.find((t) => t.name === r.target)?.fresh)
      .map(
        (r) =>
          `${verdict(r.ratio >= 1)}: ${r.target} at ${(r.ratio * 100).toFixed(0)}% of the baseline's requests/s (target >= 100% through the cache)`,
      );
  }
  const home = rows.find((r) => r.target === 'home');
  if (!home) return [];
  const ok = home.production.requestsPerSecond >= 400 && home.production.p99Ms <= 300;
  return [
    `${verdict(ok)}: home under next start ${home.production.requestsPerSecond.toFixed(0)} req/s, p99 ${home.production.p99Ms} ms (target >= 400 req/s, p99 <= 300 ms)`,
  ];
}

async function main() {
  const { paths: freshPaths, close: closeServer, url } = await freshArticlePaths(values.url);
  const baselineFreshPath = freshPaths.pop()!;
  let baseline: Awaited<ReturnType<typeof startBaseline>> | undefined;
  try {
    const snapshot: Snapshot = { pages: {}, fallback: await snapshotEntry(`${url}${baselineFreshPath}`) };
    for (const target of targets.filter((t) => !t.fresh))
      snapshot.pages[target.path] = await snapshotEntry(`${url}${target.path}`);
    baseline = await startBaseline(snapshot, port + 1);

    console.log(
      `Bench: ${connections} connections, ${seconds} s per target (after ${warmupSeconds} s warm-up), Accept-Encoding: ${values.encoding}, against ${url} and the baseline ${baseline.url}`,
    );
    const rows = [];
    let freshCursor = 0;
    for (const target of targets) {
      const nextPath = target.fresh ? () => freshPaths[freshCursor++ % freshPaths.length]! : () => target.path;
      // The uncached target must not be warmed up: every request has to reach a story nobody asked for yet.
      if (!target.fresh && warmupSeconds > 0) await drive(url, warmupSeconds, nextPath);
      const production = await drive(url, seconds, nextPath);
      const repeated = target.fresh ? Math.max(0, freshCursor - freshPaths.length) : 0;
      if (!target.fresh && warmupSeconds > 0) await drive(baseline.url, warmupSeconds, nextPath);
      const base = await drive(
        baseline.url,
        seconds,
        target.fresh ? () => `/articles/baseline-${freshCursor++}` : nextPath,
      );
      rows.push({
        target: target.name,
        path: target.path,
        production,
        baseline: base,
        ratio: production.requestsPerSecond / base.requestsPerSecond,
        ...(target.fresh ? { repeatedPaths: repeated } : {}),
      });
      console.log(
        `  ${target.name}: ${production.requestsPerSecond.toFixed(0)} req/s (baseline ${base.requestsPerSecond.toFixed(0)})`,
      );
      if (repeated > 0)
        console.log(
          `  note: ${repeated} requests repeated an already requested story (pool of ${freshPaths.length}; raise --archive)`,
        );
    }
    const header = ['page type', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'baseline req/s', 'baseline p99 ms', 'ratio'];
    const cells = rows.map((r) => [
      r.target,
      r.production.requestsPerSecond.toFixed(0),
      String(r.production.p50Ms),
      String(r.production.p99Ms),
      String(r.production.non2xx + r.production.errors),
      r.baseline.requestsPerSecond.toFixed(0),
      String(r.baseline.p99Ms),
      `${(r.ratio * 100).toFixed(1)}%`,
    ]);
    const verdicts = targetVerdicts(rows);
    console.log(formatTable(header, cells));
    for (const line of verdicts) console.log(line);
    writeSection({
      id: values.url ? 'pages-url' : 'pages',
      title: values.url
        ? 'Page types through a running server (`npm run bench -- --url`)'
        : 'Page types under `next start` (`npm run bench`)',
      script: 'bench',
      loadAverageAtStart,
      body: [
        `autocannon, ${connections} connections, ${seconds} s per page type after ${warmupSeconds} s of warm-up (none for uncached articles), against ${values.url ? url : '`next start` on a copy of data/ with archive stories'} and a bare \`node:http\` server answering the same bytes from memory (the baseline, gzipping each page once and sending the headers it came with). Requests send \`Accept-Encoding: ${values.encoding}\`.`,
        '',
        markdownTable(header, cells),
        '',
        ...verdicts.map((line) => `- ${line}`),
      ].join('\n'),
    });
  } finally {
    baseline?.close();
    await closeServer?.();
  }
}

await main();
