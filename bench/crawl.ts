/**
 * A search engine's crawler against a fresh server: `npm run bench:crawl [-- --port 3730 --concurrency 16
 * --timeout 10 --limit N | --url http://host:port --pid N]` (after `npm run build`). Empties Next's image cache
 * (.next/cache/images), starts `next start` (shared/production-server.ts) and, as soon as it answers, crawls it
 * as Googlebot (its smartphone user agent, `--concurrency` requests at once, robots.txt obeyed): every page, feed,
 * sitemap entry and image (`src` and every `srcset` width, `_next/image` URLs included) reachable from `/` and
 * robots.txt's sitemaps, same origin only, each URL once (crawl/links.ts). Meanwhile a reader asks for `/` every
 * 250 ms. Prints URLs crawled by kind and status, timeouts, 5xx, 429, crawl and reader p50/p99, the server's peak
 * resident memory (whole process tree, sampled every 250 ms), the slowest URLs, each target as pass or miss, and
 * writes its section of docs/performance.md. A miss is a figure, not a failure (exit 0).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { httpGet, type Fetched } from './crawl/http-get';
import { linksIn, sameOrigin } from './crawl/links';
import { parseRobots, type Robots } from './crawl/robots';
import { formatTable } from './shared/format-table';
import { markdownTable, writeSection } from './shared/performance-doc';
import { samplePeakRss } from './shared/process-tree-memory';
import { startProductionServer } from './shared/production-server';
import { percentile } from './shared/statistics';

const loadAverageAtStart = os.loadavg()[0]!;
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3730' },
    url: { type: 'string' },
    pid: { type: 'string' },
    concurrency: { type: 'string', default: '16' },
    timeout: { type: 'string', default: '10' },
    'reader-interval': { type: 'string', default: '250' },
    limit: { type: 'string' },
    // What the crawler accepts for images; next/image picks the format from it (AVIF costs the most to encode).
    'image-accept': { type: 'string', default: 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8' },
  },
});
const concurrency = Number(values.concurrency);
const timeoutMs = Number(values.timeout) * 1000;
const readerIntervalMs = Number(values['reader-interval']);
const limit = values.limit ? Number(values.limit) : Infinity;

const TARGETS = { crawlP99Ms: 1000, readerP99Ms: 100, peakRssMB: 600 };
const GOOGLEBOT =
  'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.204 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ENCODINGS = 'gzip, deflate, br';
/** By default as Googlebot's rendering Chromium asks for images: next/image then encodes AVIF, its dearest format. */
const IMAGE_ACCEPT = values['image-accept'];
const PAGE_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

const isImageUrl = (url: URL) =>
  url.pathname === '/_next/image' || /\.(avif|webp|png|jpe?g|gif|svg)$/i.test(url.pathname);

/** By the URL first, so a request that got no answer is counted with its kind. */
function kindOf(result: Fetched): string {
  const url = new URL(result.url);
  if (result.status >= 300 && result.status < 400) return 'redirect';
  if (url.pathname === '/robots.txt') return 'robots.txt';
  if (/sitemap/.test(url.pathname)) return 'sitemap';
  if (
    /^\/(feed|atom|rss)|\.(rss|atom)$|feed\.(xml|json)$/.test(url.pathname) ||
    /rss|atom|feed\+json/.test(result.contentType)
  )
    return 'feed';
  if (isImageUrl(url) || result.contentType.startsWith('image/')) return 'image';
  if (result.status === 0 || result.contentType.includes('html')) return 'page';
  return 'other';
}

/** The origin the site was built for (its canonical URLs, sitemaps and feeds name it), from the homepage. */
async function siteOrigin(origin: string): Promise<string | undefined> {
  const home = await (await fetch(`${origin}/`)).text();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  return canonical ? new URL(canonical).origin : undefined;
}

/** Crawls from `/` and robots.txt; `onResult` sees every answer. */
async function crawl(
  origin: string,
  site: string | undefined,
  onResult: (result: Fetched) => void,
): Promise<{ results: Fetched[]; disallowed: number }> {
  const base = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const results: Fetched[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  let disallowed = 0;
  let robots: Robots = { allowed: () => true, sitemaps: [] };
  const enqueue = (url: string) => {
    if (seen.has(url) || seen.size >= limit) return;
    seen.add(url);
    const parsed = new URL(url);
    if (!robots.allowed(parsed.pathname + parsed.search)) {
      disallowed++;
      return;
    }
    queue.push(url);
  };
  const get = (url: string) =>
    httpGet(
      url,
      agent,
      {
        'user-agent': GOOGLEBOT,
        accept: isImageUrl(new URL(url)) ? IMAGE_ACCEPT : PAGE_ACCEPT,
        'accept-encoding': ENCODINGS,
      },
      timeoutMs,
    );

  const robotsUrl = new URL('/robots.txt', base).href;
  seen.add(robotsUrl);
  const robotsResult = await get(robotsUrl);
  results.push(robotsResult);
  onResult(robotsResult);
  if (robotsResult.status === 200) robots = parseRobots(robotsResult.body.toString('utf8'), GOOGLEBOT);
  enqueue(new URL('/', base).href);
  for (const sitemap of robots.sitemaps) {
    const url = sameOrigin(sitemap, { url: base, site });
    if (url) enqueue(url);
  }

  let active = 0;
  // Idle workers wait here until a fetch ends: it may have queued new URLs, or been the crawl's last.
  const idle: (() => void)[] = [];
  const wakeAll = () => idle.splice(0).forEach((wake) => wake());
  const worker = async () => {
    for (;;) {
      const url = queue.shift();
      if (url === undefined) {
        if (active === 0) return wakeAll();
        await new Promise<void>((resolve) => idle.push(resolve));
        continue;
      }
      active++;
      const result = await get(url);
      active--;
      results.push(result);
      onResult(result);
      const from = { url: new URL(url), site };
      if (result.location) {
        const target = sameOrigin(result.location, from);
        if (target) enqueue(target);
      } else if (result.status === 200)
        for (const link of linksIn(result.contentType, result.body.toString('utf8'), from)) enqueue(link);
      wakeAll();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { results, disallowed };
}

/** Asks for `/` every `readerIntervalMs` (on the clock, not after the previous answer) until stop(). */
function startReader(origin: string) {
  const agent = new http.Agent({ keepAlive: true });
  const pending: Promise<Fetched>[] = [];
  const timer = setInterval(
    () =>
      pending.push(
        httpGet(
          `${origin}/`,
          agent,
          { 'user-agent': BROWSER, accept: PAGE_ACCEPT, 'accept-encoding': 'gzip, br' },
          timeoutMs,
        ),
      ),
    readerIntervalMs,
  );
  return {
    stop: async () => {
      clearInterval(timer);
      const results = await Promise.all(pending);
      agent.destroy();
      return results;
    },
  };
}

const ms = (value: number) => (Number.isNaN(value) ? '-' : String(Math.round(value)));
const verdict = (ok: boolean) => (ok ? 'pass' : 'MISS');

async function main() {
  let server: Awaited<ReturnType<typeof startProductionServer>> | undefined;
  if (!values.url) {
    // Every image is resized again, as right after a deploy.
    fs.rmSync(path.join('.next', 'cache', 'images'), { recursive: true, force: true });
    server = await startProductionServer(Number(values.port));
  }
  const origin = values.url ?? server!.url;
  const pid = server?.pid ?? (values.pid ? Number(values.pid) : undefined);
  const memory = pid ? samplePeakRss(pid, 250) : undefined;
  try {
    console.log(
      `Crawl of ${origin}${server ? ' (fresh next start, empty image cache)' : ''}: Googlebot, ${concurrency} at once, ${timeoutMs / 1000} s timeout; a reader asks for / every ${readerIntervalMs} ms`,
    );
    // Asked before the clock starts: it renders nothing the crawl would not (the homepage is prerendered).
    const site = await siteOrigin(origin);
    const started = performance.now();
    const reader = startReader(origin);
    let done = 0;
    const progress = setInterval(
      () => console.log(`  ${done} URLs after ${Math.round((performance.now() - started) / 1000)} s`),
      15_000,
    );
    const { results, disallowed } = await crawl(origin, site, () => done++);
    clearInterval(progress);
    const readerResults = await reader.stop();
    const seconds = (performance.now() - started) / 1000;
    const peakMB = memory ? (memory.stop() * 1024) / 1e6 : undefined;

    // Every request counts in the percentiles, one given up at its timeout included (at the time it was given up).
    const crawlMs = results.map((r) => r.ms).sort((a, b) => a - b);
    const readerMs = readerResults.map((r) => r.ms).sort((a, b) => a - b);
    const timeouts = results.filter((r) => r.error === 'timeout').length;
    const otherErrors = results.filter((r) => r.error && r.error !== 'timeout');
    const serverErrors = results.filter((r) => r.status >= 500).length;
    const tooMany = results.filter((r) => r.status === 429).length;
    const readerFailures = readerResults.filter((r) => r.status !== 200).length;

    const kinds = new Map<string, { count: number; statuses: Map<number, number>; ms: number[] }>();
    for (const r of results) {
      const kind = kindOf(r);
      const entry = kinds.get(kind) ?? { count: 0, statuses: new Map<number, number>(), ms: [] as number[] };
      entry.count++;
      entry.statuses.set(r.status, (entry.statuses.get(r.status) ?? 0) + 1);
      entry.ms.push(r.ms);
      kinds.set(kind, entry);
    }
    const kindHeader = ['kind', 'URLs', 'statuses', 'p50 ms', 'p99 ms', 'max ms'];
    const kindRows = [...kinds]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, e]) => {
        const sorted = e.ms.sort((a, b) => a - b);
        const statuses = [...e.statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, n]) => `${status || 'none'}×${n}`)
          .join(' ');
        return [
          kind,
          String(e.count),
          statuses,
          ms(percentile(sorted, 50)),
          ms(percentile(sorted, 99)),
          ms(sorted.at(-1) ?? NaN),
        ];
      });
    const crawlP99 = percentile(crawlMs, 99);
    const readerP99 = percentile(readerMs, 99);
    const figureHeader = ['figure', 'measured', 'target', ''];
    const figureRows = [
      ['URLs crawled', String(results.length), '', ''],
      ['timeouts', String(timeouts), '0', verdict(timeouts === 0)],
      ['5xx', String(serverErrors), '0', verdict(serverErrors === 0)],
      ['429', String(tooMany), '0', verdict(tooMany === 0)],
      [
        'crawl p50 / p99 ms',
        `${ms(percentile(crawlMs, 50))} / ${ms(crawlP99)}`,
        `p99 <= ${TARGETS.crawlP99Ms}`,
        verdict(crawlP99 <= TARGETS.crawlP99Ms),
      ],
      [
        `reader p50 / p99 ms (${readerResults.length} requests, ${readerFailures} not 200)`,
        `${ms(percentile(readerMs, 50))} / ${ms(readerP99)}`,
        `p99 <= ${TARGETS.readerP99Ms}`,
        verdict(readerP99 <= TARGETS.readerP99Ms && readerFailures === 0),
      ],
      [
        'server peak RSS MB (process tree)',
        peakMB === undefined ? '-' : peakMB.toFixed(0),
        `<= ${TARGETS.peakRssMB}`,
        peakMB === undefined ? '-' : verdict(peakMB <= TARGETS.peakRssMB),
      ],
      ['crawl duration s', seconds.toFixed(1), '', ''],
    ];
    const slowest = results
      .filter((r) => r.status > 0)
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    const clientErrors = results.filter((r) => r.status >= 400 && r.status < 500 && r.status !== 429);
    const notes = [
      `${disallowed} URLs skipped as robots.txt disallows them.${otherErrors.length ? ` ${otherErrors.length} connection errors (${[...new Set(otherErrors.map((r) => r.error))].join(', ')}).` : ''}`,
      ...(clientErrors.length
        ? [
            `Linked but answered 4xx: ${clientErrors
              .slice(0, 5)
              .map((r) => `${r.status} ${new URL(r.url).pathname}${new URL(r.url).search}`)
              .join('; ')}`,
          ]
        : []),
      `Slowest: ${slowest.map((r) => `${new URL(r.url).pathname}${new URL(r.url).search} ${ms(r.ms)} ms`).join('; ')}`,
    ];
    console.log(formatTable(kindHeader, kindRows));
    console.log(formatTable(figureHeader, figureRows));
    for (const note of notes) console.log(note);
    writeSection({
      id: server ? 'crawl' : 'crawl-url',
      title: server
        ? 'Crawler on a fresh server (`npm run bench:crawl`)'
        : 'Crawler through a running server (`npm run bench:crawl -- --url`)',
      script: 'bench:crawl',
      loadAverageAtStart,
      body: [
        `${server ? 'A fresh `next start` with an empty image cache' : `The server at ${origin}`}; Googlebot's smartphone user agent, ${concurrency} requests at once, ${timeoutMs / 1000} s timeout, robots.txt obeyed; images asked for with \`Accept: ${IMAGE_ACCEPT}\`. A reader asks for \`/\` every ${readerIntervalMs} ms meanwhile. Times from sending to the last byte, a request given up after the timeout counted at that time; MB = 1,000,000 bytes.${Number.isFinite(limit) ? ` Stopped at ${limit} URLs (\`--limit\`).` : ''}`,
        '',
        markdownTable(figureHeader, figureRows),
        '',
        markdownTable(kindHeader, kindRows),
        '',
        ...notes.map((n) => `${n}\n`),
      ].join('\n'),
    });
  } finally {
    memory?.stop();
    await server?.close();
  }
}

await main();
