/**
 * Lantern replay: `npm run lighthouse:lantern -- --url http://127.0.0.1:3720 [--compare URL] [--paths /,/tag/x]
 * [--runs 5] [--cpu-slowdown 4] [--graph]`, against servers already running (`npm start`). Loads each path cold through
 * Lighthouse, gathering only (as scripts/lighthouse.ts does), alternating between the two servers when `--compare` is
 * given, and computes for every load Lighthouse's own simulated LCP, FCP and TBT (Lantern) at one fixed CPU slowdown,
 * so two builds compare on the same footing. It also tells whether a chunk script was evaluated before the *observed*
 * LCP, which decides whether Lantern counts the JavaScript runtime into the simulated LCP (README, "Performance").
 * `--graph` prints each load's pessimistic LCP graph, node by node with its simulated start and end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';
import { throttling } from 'lighthouse/core/config/constants.js';
import { loadArtifacts } from 'lighthouse/core/lib/asset-saver.js';
import { PAGE_TYPES } from '../e2e/page-types';
import { formatTable } from './format-table';
import { launchChrome, median } from './lighthouse/chrome';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    compare: { type: 'string' },
    paths: { type: 'string', default: [PAGE_TYPES.home, PAGE_TYPES.article, PAGE_TYPES.section, PAGE_TYPES.tag].join(',') },
    runs: { type: 'string', default: '5' },
    'cpu-slowdown': { type: 'string', default: '4' },
    graph: { type: 'boolean', default: false },
  },
});
if (!values.url) throw new Error('--url is required: the address of a running production server');
const servers = [values.url, values.compare].filter((url): url is string => Boolean(url));
const settings = { output: 'json' as const, logLevel: 'error' as const, onlyCategories: ['performance'], throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: Number(values['cpu-slowdown']) } };

interface LanternNode {
  type: string;
  request?: { url: string; resourceType: string; transferSize: number; priority: string };
  duration?: number;
}

const describeNode = (node: LanternNode) =>
  node.request ? `${node.request.resourceType} ${node.request.url.split('/').pop()!.slice(0, 48)} ${node.request.transferSize} B ${node.request.priority}` : `CPU task ${((node.duration ?? 0) / 1000).toFixed(1)} ms observed`;

/** Loads the page once (gather only) and computes its Lantern metrics. */
async function replay(url: string, port: number, dir: string) {
  fs.rmSync(dir, { recursive: true, force: true });
  await lighthouse(url, { ...settings, port, gatherMode: dir });
  const artifacts = await loadArtifacts(dir);
  const context = { computedCache: new Map(), settings: { ...artifacts.settings, throttling: settings.throttling } };
  const trace = artifacts.Trace;
  const data = { trace, devtoolsLog: artifacts.DevtoolsLog, gatherContext: artifacts.GatherContext, settings: context.settings, URL: artifacts.URL, simulator: null };
  // Lighthouse's computed artifacts, as its audits request them.
  const lcp = await LanternLargestContentfulPaint.request(data as never, context as never);
  const fcp = await LanternFirstContentfulPaint.request(data as never, context as never);
  const tbt = await LanternTotalBlockingTime.request(data as never, context as never);
  const events: { name: string; ts: number; args?: { data?: { url?: string } } }[] = trace.traceEvents;
  const observedLcp = events.filter((event) => event.name === 'largestContentfulPaint::Candidate').at(-1)?.ts ?? Infinity;
  const scriptsBeforeLcp = events.some((event) => event.name === 'EvaluateScript' && String(event.args?.data?.url).includes('/_next/static/chunks/') && event.ts < observedLcp);
  if (values.graph) {
    const nodes = [...lcp.pessimisticEstimate.nodeTimings.entries()].sort(([, a], [, b]) => a.endTime - b.endTime);
    console.log(`${url}: LCP ${lcp.timing.toFixed(0)} ms, pessimistic graph:`);
    for (const [node, timing] of nodes) console.log(`  ${timing.startTime.toFixed(0).padStart(5)}-${timing.endTime.toFixed(0).padStart(5)} ms  ${describeNode(node as unknown as LanternNode)}`);
  }
  return { lcp: lcp.timing, fcp: fcp.timing, tbt: tbt.timing, scriptsBeforeLcp };
}

const chrome = await launchChrome();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-lantern-'));
const rows: string[][] = [];
try {
  for (const pagePath of values.paths.split(',')) {
    const results = new Map(servers.map((server) => [server, [] as Awaited<ReturnType<typeof replay>>[]]));
    // One unkept load per server first (warm caches), then the kept ones in alternation, so drift hits both alike.
    for (let run = 0; run <= Number(values.runs); run++) {
      for (const server of servers) {
        const result = await replay(`${server}${pagePath}`, chrome.port, path.join(scratch, 'load'));
        if (run > 0) results.get(server)!.push(result);
      }
    }
    for (const [server, loads] of results) {
      rows.push([pagePath, server, median(loads.map((l) => l.lcp)).toFixed(0), loads.map((l) => l.lcp.toFixed(0)).join(' '), median(loads.map((l) => l.fcp)).toFixed(0), median(loads.map((l) => l.tbt)).toFixed(0), `${loads.filter((l) => l.scriptsBeforeLcp).length}/${loads.length}`]);
    }
  }
} finally {
  chrome.kill();
  fs.rmSync(scratch, { recursive: true, force: true });
}
console.log(`Lantern (Lighthouse 12.2.3, simulated Slow 4G, CPU slowdown ${values['cpu-slowdown']}x), ${values.runs} loads per page and server:`);
console.log(formatTable(['page', 'server', 'LCP ms', 'each load', 'FCP ms', 'TBT ms', 'chunks run before observed LCP'], rows));
