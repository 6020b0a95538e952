/**
 * Page weight: `npm run page-weight [-- --port 3710 | --url http://host:port]` (after `npm run build`). For each
 * page type, fetches the HTML and everything it makes a browser load (scripts, stylesheets), gzips each file
 * (level 6, what `next start` sends) and reports HTML bytes, JS and CSS; JS is split into the Next.js and React
 * runtime floor of this build (page-weight/runtime-floor.ts) and our own. Also checks that fonts are self-hosted
 * and preloaded and that images come from next/image with srcset and sizes. Exits 1 when a budget or check fails.
 * Sizes in kB are 1,000 bytes. Figures go to bench-results/page-weight.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { PAGE_TYPES } from '../e2e/page-types';
import { formatTable } from './format-table';
import { htmlAssets, linkHeaderFontPreloads } from './page-weight/html-assets';
import { runtimeFloorScripts } from './page-weight/runtime-floor';
import { startProductionServer } from './production-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3710' },
    url: { type: 'string' },
    out: { type: 'string', default: path.join('bench-results', 'page-weight.json') },
  },
});

const BUDGET_OWN_JS = 30_000;
const BUDGET_CSS = 20_000;
const PAGES = [
  { name: 'home', path: PAGE_TYPES.home, status: 200 },
  { name: 'article', path: PAGE_TYPES.article, status: 200 },
  { name: 'section', path: PAGE_TYPES.section, status: 200 },
  { name: 'tag', path: PAGE_TYPES.tag, status: 200 },
  { name: 'author', path: PAGE_TYPES.author, status: 200 },
  { name: 'search', path: '/search?q=gold', status: 200 },
  // Next 16 sends no font preload with a 404 (its fonts still come from the stylesheet): not checked there.
  { name: '404', path: PAGE_TYPES.notFound, status: 404, noFontPreload: true },
];

const gzipSize = (bytes: Buffer | string) => zlib.gzipSync(bytes, { level: 6 }).length;
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

async function measure(url: string) {
  const floor = new Set(runtimeFloorScripts());
  const fileSizes = new Map<string, Promise<{ gzip: number; text: string }>>();
  const fetchFile = (file: string) => {
    if (!fileSizes.has(file)) {
      fileSizes.set(
        file,
        fetch(new URL(file, url)).then(async (response) => {
          if (!response.ok) throw new Error(`${file} answered ${response.status}`);
          const body = Buffer.from(await response.arrayBuffer());
          return { gzip: gzipSize(body), text: body.toString('utf8') };
        }),
      );
    }
    return fileSizes.get(file)!;
  };
  const sum = async (files: string[]) => (await Promise.all(files.map(fetchFile))).reduce((total, f) => total + f.gzip, 0);

  const problems: string[] = [];
  const rows = [];
  for (const page of PAGES) {
    const response = await fetch(`${url}${page.path}`);
    const html = await response.text();
    if (response.status !== page.status) problems.push(`${page.name}: ${page.path} answered ${response.status}, expected ${page.status}`);
    const assets = htmlAssets(html);
    assets.fontPreloads.push(...linkHeaderFontPreloads(response.headers.get('link')));
    const missingFloor = [...floor].filter((file) => !assets.scripts.includes(file));
    if (missingFloor.length > 0) problems.push(`${page.name}: does not load the runtime floor ${missingFloor.join(', ')}: is the server running this build?`);
    const ownScripts = assets.scripts.filter((file) => !floor.has(file));
    const row = {
      page: page.name,
      path: page.path,
      htmlBytes: Buffer.byteLength(html),
      htmlGzip: gzipSize(html),
      jsGzip: await sum(assets.scripts),
      floorJsGzip: await sum(assets.scripts.filter((file) => floor.has(file))),
      ownJsGzip: await sum(ownScripts),
      ownScripts,
      inlineScriptGzip: assets.inlineScript ? gzipSize(assets.inlineScript) : 0,
      noModuleJsGzip: await sum(assets.noModuleScripts),
      cssGzip: await sum(assets.stylesheets),
    };
    rows.push(row);
    if (row.ownJsGzip > BUDGET_OWN_JS) problems.push(`${page.name}: ${kB(row.ownJsGzip)} kB of our own JS (gzip) beyond the runtime floor, budget ${kB(BUDGET_OWN_JS)} kB (${ownScripts.join(', ')})`);
    if (row.cssGzip > BUDGET_CSS) problems.push(`${page.name}: ${kB(row.cssGzip)} kB of CSS (gzip), budget ${kB(BUDGET_CSS)} kB`);
    problems.push(...(await fontProblems(page, assets, fetchFile)), ...imageProblems(page.name, assets.images));
  }
  return { floorJsGzip: await sum([...floor]), rows, problems };
}

/** Fonts must come from our own origin and be preloaded, so text does not wait on a stylesheet then a font. */
async function fontProblems(page: (typeof PAGES)[number], assets: ReturnType<typeof htmlAssets>, fetchFile: (file: string) => Promise<{ text: string }>) {
  const problems: string[] = [];
  if (assets.fontPreloads.length === 0 && !('noFontPreload' in page)) problems.push(`${page.name}: no font preload (<link rel=preload as=font> or a Link header)`);
  for (const href of assets.fontPreloads) if (!href.startsWith('/')) problems.push(`${page.name}: preloaded font ${href} is not self-hosted`);
  for (const sheet of assets.stylesheets) {
    const css = (await fetchFile(sheet)).text;
    for (const [, src] of css.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)) {
      if (/^(https?:)?\/\//.test(src!)) problems.push(`${page.name}: ${sheet} loads the font ${src} from another origin`);
    }
  }
  return problems;
}

/** Every image goes through next/image: resized per screen (srcset) with a sizes hint so the right one is picked. */
function imageProblems(page: string, images: Record<string, string>[]) {
  return images.flatMap((image) => {
    const missing = ['srcset', 'sizes'].filter((attribute) => !image[attribute]);
    const viaNextImage = image.src?.startsWith('/_next/image?');
    if (missing.length === 0 && viaNextImage) return [];
    return [`${page}: <img src="${image.src}"> ${viaNextImage ? '' : 'is not served by next/image '}${missing.length ? `has no ${missing.join(' or ')}` : ''}`.trim()];
  });
}

async function main() {
  const server = values.url ? undefined : await startProductionServer(Number(values.port));
  const url = values.url ?? server!.url;
  try {
    const { floorJsGzip, rows, problems } = await measure(url);
    console.log(`Page weight at ${url} (gzip level 6; kB = 1,000 bytes). Runtime floor (Next.js + React): ${kB(floorJsGzip)} kB JS`);
    console.log(
      formatTable(
        ['page', 'HTML kB', 'HTML gz kB', 'JS gz kB', 'floor kB', 'ours kB', 'inline gz kB', 'CSS gz kB'],
        rows.map((r) => [r.page, kB(r.htmlBytes), kB(r.htmlGzip), kB(r.jsGzip), kB(r.floorJsGzip), kB(r.ownJsGzip), kB(r.inlineScriptGzip), kB(r.cssGzip)]),
      ),
    );
    console.log(`Budgets: our JS <= ${kB(BUDGET_OWN_JS)} kB beyond the floor, CSS <= ${kB(BUDGET_CSS)} kB. noModule polyfills (${kB(rows[0]?.noModuleJsGzip ?? 0)} kB) are not loaded by current browsers and not counted.`);
    fs.mkdirSync(path.dirname(values.out), { recursive: true });
    fs.writeFileSync(values.out, `${JSON.stringify({ measuredAt: new Date().toISOString(), server: url, floorJsGzip, budgets: { ownJsGzip: BUDGET_OWN_JS, cssGzip: BUDGET_CSS }, rows }, null, 2)}\n`);
    if (problems.length > 0) {
      console.error(`FAIL:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log('PASS: within budgets, fonts self-hosted and preloaded, every image from next/image with srcset and sizes');
    }
  } finally {
    await server?.close();
  }
}

await main();
