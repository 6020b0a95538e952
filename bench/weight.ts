/**
 * Page weight: `npm run bench:weight [-- --port 3710 | --url http://host:port]` (after `npm run build`). For each
 * page type: HTML bytes (raw and gzip), JS split into the Next.js + React floor and our own, inline script and CSS,
 * all gzip level 6 as `next start` sends them (weight/measure.ts). Also checks that fonts are self-hosted and
 * preloaded and that images come from next/image with srcset and sizes. Prints each budget as pass or miss and
 * writes its section of docs/performance.md; a miss is a figure, not a failure (exit 0).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { PAGE_TYPES, SEARCH_PAGE } from '../test-support/page-types';
import { formatTable } from './shared/format-table';
import { markdownTable, writeSection } from './shared/performance-doc';
import { startProductionServer } from './shared/production-server';
import type { HtmlAssets } from './weight/html-assets';
import { kB, PageWeigher, type PageWeight } from './weight/measure';

const loadAverageAtStart = os.loadavg()[0]!;
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3710' },
    url: { type: 'string' },
  },
});

/** Bytes; HTML raw is issue 22's "every page under 100 kB before compression". */
const BUDGETS = { htmlBytes: 100_000, ownJsGzip: 30_000, cssGzip: 20_000 };
const PAGES = [
  { name: 'home', path: PAGE_TYPES.home, status: 200 },
  { name: 'article', path: PAGE_TYPES.article, status: 200 },
  { name: 'section', path: PAGE_TYPES.section, status: 200 },
  { name: 'tag', path: PAGE_TYPES.tag, status: 200 },
  { name: 'author', path: PAGE_TYPES.author, status: 200 },
  { name: 'search', path: SEARCH_PAGE, status: 200 },
  // Next 16 sends no font preload with a 404 (its fonts still come from the stylesheet): not checked there.
  { name: '404', path: PAGE_TYPES.notFound, status: 404, noFontPreload: true },
];

/** Fonts must come from our own origin and be preloaded, so text does not wait on a stylesheet then a font. */
async function fontProblems(page: (typeof PAGES)[number], assets: HtmlAssets, weigher: PageWeigher) {
  const problems: string[] = [];
  if (assets.fontPreloads.length === 0 && !page.noFontPreload)
    problems.push(`${page.name}: no font preload (<link rel=preload as=font> or a Link header)`);
  for (const href of assets.fontPreloads)
    if (!href.startsWith('/')) problems.push(`${page.name}: preloaded font ${href} is not self-hosted`);
  for (const sheet of assets.stylesheets) {
    const css = (await weigher.file(sheet)).text;
    for (const [, src] of css.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)) {
      if (/^(https?:)?\/\//.test(src!))
        problems.push(`${page.name}: ${sheet} loads the font ${src} from another origin`);
    }
  }
  return problems;
}

/**
 * Every image goes through next/image and is resized per screen: a srcset, and with width descriptors (`640w`) a
 * sizes hint so the right one is picked (density descriptors, `2x`, need none: the image has a fixed width).
 */
function imageProblems(page: string, images: Record<string, string>[]) {
  return images.flatMap((image) => {
    const byWidth = /\d+w(,|$)/.test((image.srcset ?? '').trim());
    const missing = ['srcset', ...(byWidth ? ['sizes'] : [])].filter((attribute) => !image[attribute]);
    const viaNextImage = image.src?.startsWith('/_next/image?');
    if (missing.length === 0 && viaNextImage) return [];
    return [
      `${page}: <img src="${image.src}"> ${viaNextImage ? '' : 'is not served by next/image '}${missing.length ? `has no ${missing.join(' or ')}` : ''}`.trim(),
    ];
  });
}

function budgetMisses(name: string, row: PageWeight): string[] {
  const misses: string[] = [];
  if (row.htmlBytes > BUDGETS.htmlBytes)
    misses.push(`${name}: ${kB(row.htmlBytes)} kB of HTML (raw), budget ${kB(BUDGETS.htmlBytes)} kB`);
  if (row.ownJsGzip > BUDGETS.ownJsGzip)
    misses.push(
      `${name}: ${kB(row.ownJsGzip)} kB of our own JS (gzip) beyond the floor, budget ${kB(BUDGETS.ownJsGzip)} kB (${row.ownScripts.join(', ')})`,
    );
  if (row.cssGzip > BUDGETS.cssGzip)
    misses.push(`${name}: ${kB(row.cssGzip)} kB of CSS (gzip), budget ${kB(BUDGETS.cssGzip)} kB`);
  return misses;
}

async function main() {
  const server = values.url ? undefined : await startProductionServer(Number(values.port));
  const url = values.url ?? server!.url;
  try {
    const weigher = new PageWeigher(url);
    const rows: { name: string; weight: PageWeight }[] = [];
    const problems: string[] = [];
    const misses: string[] = [];
    for (const page of PAGES) {
      const weight = await weigher.measure(page.path);
      rows.push({ name: page.name, weight });
      if (weight.status !== page.status)
        problems.push(`${page.name}: ${page.path} answered ${weight.status}, expected ${page.status}`);
      if (weight.missingFloor.length > 0)
        problems.push(
          `${page.name}: does not load the runtime floor ${weight.missingFloor.join(', ')}: is the server running this build?`,
        );
      problems.push(
        ...(await fontProblems(page, weight.assets, weigher)),
        ...imageProblems(page.name, weight.assets.images),
      );
      misses.push(...budgetMisses(page.name, weight));
    }
    const floorJsGzip = await weigher.gzipTotal([...weigher.floor]);
    const header = ['page', 'HTML kB', 'HTML gz kB', 'JS gz kB', 'floor kB', 'ours kB', 'inline gz kB', 'CSS gz kB'];
    const cells = rows.map(({ name, weight: w }) => [
      name,
      kB(w.htmlBytes),
      kB(w.htmlGzip),
      kB(w.jsGzip),
      kB(w.floorJsGzip),
      kB(w.ownJsGzip),
      kB(w.inlineScriptGzip),
      kB(w.cssGzip),
    ]);
    const budgetLine = `Budgets: HTML <= ${kB(BUDGETS.htmlBytes)} kB raw, our JS <= ${kB(BUDGETS.ownJsGzip)} kB gzip beyond the floor, CSS <= ${kB(BUDGETS.cssGzip)} kB gzip.`;
    const verdict =
      misses.length === 0
        ? 'PASS: every page within every budget.'
        : `MISS:\n${misses.map((m) => `  - ${m}`).join('\n')}`;
    const checks =
      problems.length === 0
        ? 'PASS: fonts self-hosted and preloaded, every image from next/image with a srcset (and sizes for width descriptors).'
        : `CHECKS FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
    console.log(
      `Page weight at ${url} (gzip level 6; kB = 1,000 bytes). Runtime floor (Next.js + React): ${kB(floorJsGzip)} kB JS`,
    );
    console.log(formatTable(header, cells));
    console.log(
      `${budgetLine} noModule polyfills (${kB(rows[0]?.weight.noModuleJsGzip ?? 0)} kB) are not loaded by current browsers and not counted.`,
    );
    console.log(verdict);
    console.log(checks);
    writeSection({
      id: 'weight',
      title: 'Page weight (`npm run bench:weight`)',
      script: 'bench:weight',
      loadAverageAtStart,
      body: [
        `gzip level 6 as \`next start\` sends it; kB = 1,000 bytes. The Next.js + React floor of this build is ${kB(floorJsGzip)} kB of JS; "ours" is everything else a page loads.`,
        '',
        markdownTable(header, cells),
        '',
        budgetLine,
        '',
        verdict.replace(/^ {2}- /gm, '- '),
        '',
        checks.replace(/^ {2}- /gm, '- '),
      ].join('\n'),
    });
  } finally {
    await server?.close();
  }
}

await main();
