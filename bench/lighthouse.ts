/**
 * Lighthouse report: `npm run lighthouse [-- --port 3720 | --url http://host:port] [--runs 5] [--cpu-slowdown 4]`
 * (after `npm run build`). Runs Lighthouse (mobile profile, simulated Slow 4G: its defaults) in Debian's Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium) on the homepage, an article, a section and a tag; each URL `--runs`
 * times, taking the median of every figure, since single runs on a shared machine are noisy. The CPU slowdown is
 * calibrated to this host (lighthouse/cpu-slowdown.ts) unless a number is given: every run first only gathers (trace
 * and network log, saved in a scratch folder; Lighthouse's simulated throttling is applied when auditing, not while
 * loading), then the median benchmark index of all those loads sets the slowdown with which each is audited. Prints
 * the four category scores with LCP, CLS and TBT and the audits behind any score under 100, and writes its section
 * of docs/performance.md. A report only: no budget, no verdict (what readers get is `npm run bench:vitals`).
 * `--lhr-dir DIR` also keeps every full report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { launchChrome } from './lighthouse/chrome';
import { cpuSlowdownFor } from './lighthouse/cpu-slowdown';
import { PAGE_TYPES } from '../test-support/page-types';
import { formatTable } from './shared/format-table';
import { markdownTable, writeSection } from './shared/performance-doc';
import { startProductionServer } from './shared/production-server';
import { median } from './shared/statistics';

const loadAverageAtStart = os.loadavg()[0]!;
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3720' },
    url: { type: 'string' },
    // Five, as Lighthouse's docs advise for a median: with three, one slow run on this shared host moved it.
    runs: { type: 'string', default: '5' },
    // 'calibrate' (the warm-up runs measure this host) or a number (4 is Lighthouse's default).
    'cpu-slowdown': { type: 'string', default: 'calibrate' },
    // A folder for the full Lighthouse reports (JSON, one per page and run), to read the LCP breakdown and long tasks.
    'lhr-dir': { type: 'string' },
  },
});
const runs = Number(values.runs);

const PAGES = [
  { name: 'home', path: PAGE_TYPES.home },
  { name: 'article', path: PAGE_TYPES.article },
  { name: 'section', path: PAGE_TYPES.section },
  { name: 'tag', path: PAGE_TYPES.tag },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface RunFigures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that kept a category other than performance below 100, with their titles. */
  failedAudits: string[];
}

const settingsFor = (cpuSlowdownMultiplier: number) => ({
  output: 'json' as const,
  logLevel: 'error' as const,
  onlyCategories: [...CATEGORIES],
  throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier },
});

/** Loads the page once and saves what Lighthouse gathered (trace, network log, benchmark index) in `dir`. */
async function gather(url: string, port: number, dir: string) {
  await lighthouse(url, { ...settingsFor(throttling.mobileSlow4G.cpuSlowdownMultiplier), port, gatherMode: dir });
  const artifacts = JSON.parse(fs.readFileSync(path.join(dir, 'artifacts.json'), 'utf8'));
  if (artifacts.PageLoadError)
    throw new Error(
      `Lighthouse could not load ${url}: ${artifacts.PageLoadError.code ?? artifacts.PageLoadError.message}`,
    );
  return { dir, benchmarkIndex: artifacts.BenchmarkIndex as number };
}

/** Audits a saved load with the given CPU slowdown (Lighthouse refuses settings that differ from the saved ones). */
async function auditSaved(url: string, dir: string, cpuSlowdown: number, reportName: string): Promise<RunFigures> {
  const artifactsFile = path.join(dir, 'artifacts.json');
  const artifacts = JSON.parse(fs.readFileSync(artifactsFile, 'utf8'));
  artifacts.settings.throttling.cpuSlowdownMultiplier = cpuSlowdown;
  fs.writeFileSync(artifactsFile, JSON.stringify(artifacts));
  const lhr = (await lighthouse(url, { ...settingsFor(cpuSlowdown), auditMode: dir }))?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  if (values['lhr-dir']) {
    fs.mkdirSync(values['lhr-dir'], { recursive: true });
    fs.writeFileSync(path.join(values['lhr-dir'], `${reportName}.json`), JSON.stringify(lhr));
  }
  const failedAudits = CATEGORIES.filter((c) => c !== 'performance').flatMap((category) =>
    lhr.categories[category]!.auditRefs.map((ref) => lhr.audits[ref.id]!)
      .filter(
        (a) =>
          a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `${category}: ${a.id} (${a.title})`),
  );
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]!.score ?? 0) * 100)]),
    ) as RunFigures['scores'],
    lcpMs: lhr.audits['largest-contentful-paint']!.numericValue!,
    cls: lhr.audits['cumulative-layout-shift']!.numericValue!,
    tbtMs: lhr.audits['total-blocking-time']!.numericValue!,
    failedAudits,
  };
}

function medianOf(figures: RunFigures[]) {
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, median(figures.map((f) => f.scores[c]))]),
    ) as RunFigures['scores'],
    lcpMs: median(figures.map((f) => f.lcpMs)),
    cls: median(figures.map((f) => f.cls)),
    tbtMs: median(figures.map((f) => f.tbtMs)),
  };
}

async function main() {
  // With the disk caches on, as `npm start` runs: next/image then keeps each optimised size in .next/cache/images
  // instead of encoding it again for every request (an AVIF hero costs ~0.4 s of CPU here, competing with Chromium).
  const port = Number(values.port);
  const server = values.url ? undefined : await startProductionServer(port, { MERIDIAN_ISR_FLUSH_TO_DISK: 'on' });
  const baseUrl = values.url ?? server!.url;
  const chrome = await launchChrome();
  const rows = [];
  let benchmarkIndex = 0;
  let cpuSlowdown = 0;
  try {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-lighthouse-'));
    try {
      // One unkept load per page first: it warms the server, its image cache and Chromium up, as a page served before.
      const loads = [];
      for (const [index, page] of PAGES.entries())
        loads.push(await gather(`${baseUrl}${page.path}`, chrome.port, path.join(scratch, `warm-up-${index}`)));
      const saved = new Map<string, string[]>();
      for (const [index, page] of PAGES.entries()) {
        const dirs = [];
        for (let run = 0; run < runs; run++) {
          const load = await gather(`${baseUrl}${page.path}`, chrome.port, path.join(scratch, `${index}-${run}`));
          loads.push(load);
          dirs.push(load.dir);
        }
        saved.set(page.path, dirs);
      }
      // The host's speed drifts with its load (benchmark index 1,180-2,080 within minutes here): the median of every
      // load is steadier than the few first ones, and it is taken while the very loads audited below ran.
      benchmarkIndex = median(loads.map((load) => load.benchmarkIndex));
      cpuSlowdown =
        values['cpu-slowdown'] === 'calibrate'
          ? Number(cpuSlowdownFor(benchmarkIndex).toFixed(2))
          : Number(values['cpu-slowdown']);
      for (const page of PAGES) {
        const figures: RunFigures[] = [];
        for (const [run, dir] of saved.get(page.path)!.entries())
          figures.push(await auditSaved(`${baseUrl}${page.path}`, dir, cpuSlowdown, `${page.name}-${run + 1}`));
        rows.push({
          page: page.name,
          median: medianOf(figures),
          failedAudits: [...new Set(figures.flatMap((f) => f.failedAudits))],
        });
      }
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    const version = (
      JSON.parse(fs.readFileSync(path.join('node_modules', 'lighthouse', 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const conditions = `Lighthouse ${version}: mobile profile, simulated Slow 4G, CPU slowdown ${cpuSlowdown}x (host benchmark index ${benchmarkIndex}), median of ${runs} run(s) per page.`;
    const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP s', 'CLS', 'TBT ms'];
    const cells = rows.map(({ page, median: m }) => [
      page,
      ...CATEGORIES.map((c) => String(m.scores[c])),
      (m.lcpMs / 1000).toFixed(2),
      m.cls.toFixed(3),
      m.tbtMs.toFixed(0),
    ]);
    const audits = rows.flatMap(({ page, failedAudits }) => failedAudits.map((audit) => `${page}: ${audit}`));
    console.log(`${conditions} At ${baseUrl}`);
    console.log(formatTable(header, cells));
    for (const audit of audits) console.log(`  ${audit}`);
    writeSection({
      id: 'lighthouse',
      title: 'Lighthouse, a report (`npm run lighthouse`)',
      script: 'lighthouse',
      loadAverageAtStart,
      body: [
        conditions,
        '',
        markdownTable(header, cells),
        '',
        ...(audits.length
          ? ['Audits under 100 outside performance:', '', ...audits.map((a) => `- ${a}`)]
          : ['Every audit outside performance passed.']),
      ].join('\n'),
    });
  } finally {
    chrome.kill();
    await server?.close();
  }
}

await main();
