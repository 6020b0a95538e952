/**
 * Page benchmark: `npm run bench [-- --seconds 10 --connections 50 --port 3700 --targets home,feed]`
 * (after `npm run build`). Starts the production server (`next start`, on a scratch copy of data/ with archive
 * stories, see archive-content.ts) and a baseline server that answers with the very same bytes from memory
 * (baseline-server.ts), drives both with autocannon per page type and prints requests/s, p50 and p99 latency,
 * non-2xx answers and the ratio of production to baseline requests/s; writes bench-results/bench.json.
 * `--url http://host:port` drives a server that is already running (e.g. a cache in front) instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PAGE_TYPES } from '../../e2e/page-types';
import { startProductionServer } from '../production-server';
import { writeArchiveContent } from './archive-content';
import type { Snapshot } from './baseline-server';
import { formatTable } from '../format-table';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3700' },
    archive: { type: 'string', default: '3000' },
    targets: { type: 'string' },
    url: { type: 'string' },
    out: { type: 'string', default: path.join('bench-results', 'bench.json') },
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
const targets = values.targets ? ALL_TARGETS.filter((t) => values.targets!.split(',').some((n) => t.name.startsWith(n))) : ALL_TARGETS;

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
  const requests: autocannon.Request[] = [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }];
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, requests, timeout: 10 }, (error, result) => {
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

async function snapshotEntry(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}; the baseline needs a 200 to copy`);
  return { contentType: response.headers.get('content-type') ?? 'text/html', body: await response.text() };
}

async function startBaseline(snapshot: Snapshot, baselinePort: number): Promise<{ url: string; close: () => void }> {
  const file = path.join(os.tmpdir(), `meridian-bench-snapshot-${baselinePort}.json`);
  fs.writeFileSync(file, JSON.stringify(snapshot));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'bench', 'baseline-server.ts'), file, String(baselinePort)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${baselinePort}`, close: () => void child.kill('SIGTERM') };
}

/** Uncached article paths: the run's own archive stories, or (against --url) the articles the server's sitemap lists. */
async function freshArticlePaths(url: string | undefined): Promise<{ paths: string[]; close?: () => Promise<void>; url: string }> {
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

async function main() {
  const { paths: freshPaths, close: closeServer, url } = await freshArticlePaths(values.url);
  const baselineFreshPath = freshPaths.pop()!;
  let baseline: Awaited<ReturnType<typeof startBaseline>> | undefined;
  try {
    const snapshot: Snapshot = { pages: {}, fallback: await snapshotEntry(`${url}${baselineFreshPath}`) };
    for (const target of targets.filter((t) => !t.fresh)) snapshot.pages[target.path] = await snapshotEntry(`${url}${target.path}`);
    baseline = await startBaseline(snapshot, port + 1);

    console.log(`Bench: ${connections} connections, ${seconds} s per target (after ${warmupSeconds} s warm-up) against ${url} and the baseline ${baseline.url}`);
    const rows = [];
    let freshCursor = 0;
    for (const target of targets) {
      const nextPath = target.fresh ? () => freshPaths[freshCursor++ % freshPaths.length]! : () => target.path;
      // The uncached target must not be warmed up: every request has to reach a story nobody asked for yet.
      if (!target.fresh && warmupSeconds > 0) await drive(url, warmupSeconds, nextPath);
      const production = await drive(url, seconds, nextPath);
      const repeated = target.fresh ? Math.max(0, freshCursor - freshPaths.length) : 0;
      if (!target.fresh && warmupSeconds > 0) await drive(baseline.url, warmupSeconds, nextPath);
      const base = await drive(baseline.url, seconds, target.fresh ? () => `/articles/baseline-${freshCursor++}` : nextPath);
      rows.push({ target: target.name, path: target.path, production, baseline: base, ratio: production.requestsPerSecond / base.requestsPerSecond, ...(target.fresh ? { repeatedPaths: repeated } : {}) });
      console.log(`  ${target.name}: ${production.requestsPerSecond.toFixed(0)} req/s (baseline ${base.requestsPerSecond.toFixed(0)})`);
      if (repeated > 0) console.log(`  note: ${repeated} requests repeated an already requested story (pool of ${freshPaths.length}; raise --archive)`);
    }
    console.log(
      formatTable(
        ['page type', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'baseline req/s', 'baseline p99 ms', 'ratio'],
        rows.map((r) => [r.target, r.production.requestsPerSecond.toFixed(0), String(r.production.p50Ms), String(r.production.p99Ms), String(r.production.non2xx + r.production.errors), r.baseline.requestsPerSecond.toFixed(0), String(r.baseline.p99Ms), `${(r.ratio * 100).toFixed(1)}%`]),
      ),
    );
    const report = {
      measuredAt: new Date().toISOString(),
      server: values.url ? url : 'next start (spawned)',
      connections,
      secondsPerTarget: seconds,
      warmupSeconds,
      machine: { cpus: os.cpus().length, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) },
      rows,
    };
    fs.mkdirSync(path.dirname(values.out), { recursive: true });
    fs.writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Written to ${values.out}`);
  } finally {
    baseline?.close();
    await closeServer?.();
  }
}

await main();
