/**
 * npm run bench:search [-- --articles N] [--queries Q] [--dir DIR]
 *
 * Generates (or reuses) a synthetic corpus of N articles (default 100,000) in DIR (default
 * $TMPDIR/meridian-search-corpus-N), builds the search index from its public articles exactly as the app does,
 * prints build time and memory, then runs Q varied queries (one to three words, some prefixes for suggestions,
 * filters and date sorting), prints the mix it used and p50, p95 and p99 per query, overall and by kind, and writes
 * its section of docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadContent } from '../lib/content/load-content';
import { publicSearchDocuments, searchBodyReader } from '../lib/search/search-documents';
import { MAX_COUNTED, SearchIndex } from '../lib/search/search-index';
import { markdownTable, writeSection } from './shared/performance-doc';

const loadAverageAtStart = os.loadavg()[0]!;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '500' },
    dir: { type: 'string' },
  },
});
const count = Number(values.articles);
const queryCount = Number(values.queries);
const dir = path.resolve(values.dir ?? path.join(os.tmpdir(), `meridian-search-corpus-${count}`));

if (!fs.existsSync(path.join(dir, 'articles'))) {
  console.log(`Generating ${count} articles in ${dir} …`);
  execFileSync('npx', ['tsx', 'scripts/generate-corpus.ts', '--articles', String(count), '--out', dir], {
    stdio: 'inherit',
  });
} else {
  console.log(`Reusing the corpus in ${dir}`);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
let start = performance.now();
const snapshot = loadContent(dir);
console.log(
  `Loaded ${snapshot.articles.length} articles' metadata in ${((performance.now() - start) / 1000).toFixed(1)} s`,
);

const rssBefore = process.memoryUsage().rss;
start = performance.now();
const index = new SearchIndex(publicSearchDocuments(snapshot, Date.now()), searchBodyReader(snapshot));
const buildSeconds = (performance.now() - start) / 1000;
const indexed = `Indexed ${index.size} public articles in ${buildSeconds.toFixed(1)} s; RSS grew by ${mb(process.memoryUsage().rss - rssBefore)} (now ${mb(process.memoryUsage().rss)})`;
console.log(indexed);

// Query words come from the corpus itself: headline words, words from summaries, tag and section names.
const vocabulary = [
  ...new Set(
    snapshot.articles.slice(0, 2000).flatMap((a) => `${a.title} ${a.dek}`.toLowerCase().match(/\p{L}{3,}/gu) ?? []),
  ),
];
const sections = snapshot.sections.map((s) => s.slug);
const tags = snapshot.tags.map((t) => t.slug);
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;

const KINDS = ['suggest', 'section filter', 'tag filter + date sort', 'page 3', 'plain'] as const;
console.log(
  `\nQuery mix: ${queryCount} seeded queries of 1 to 3 words drawn from the ${vocabulary.length} distinct words (3+ letters) of the first\n` +
    `2,000 headlines and summaries (synthetic vocabulary: ~30 words fill every body). Kinds in turn, 1 in 5 each: ${KINDS.join(', ')}\n` +
    '(suggest = the query less its last 2 characters, as typed; filters pick a random section or tag; 10 results a page).',
);
const timings: number[] = [];
const kinds = new Map<string, number[]>();
let capped = 0;
let empty = 0;
for (let i = 0; i < queryCount; i++) {
  const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(vocabulary));
  const query = words.join(' ');
  const kind = KINDS[i % KINDS.length]!;
  const t0 = performance.now();
  const result =
    kind === 'suggest'
      ? index.suggest(query.slice(0, Math.max(2, query.length - 2)))
      : kind === 'section filter'
        ? index.search({ query, section: pick(sections), limit: 10, offset: 0 })
        : kind === 'tag filter + date sort'
          ? index.search({ query, tag: pick(tags), sort: 'date', limit: 10, offset: 0 })
          : kind === 'page 3'
            ? index.search({ query, limit: 10, offset: 20 })
            : index.search({ query, limit: 10, offset: 0 });
  const ms = performance.now() - t0;
  timings.push(ms);
  kinds.set(kind, [...(kinds.get(kind) ?? []), ms]);
  if ('capped' in result && result.capped) capped += 1;
  if ('total' in result && result.total === 0) empty += 1;
}
const matched = `Of the ${queryCount - queryCount / KINDS.length} searches, ${capped} matched more than ${MAX_COUNTED.toLocaleString('en')} stories and ${empty} matched none.`;
console.log(matched);

const pct = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const overall = `${queryCount} queries over ${index.size} articles: p50 ${pct(timings, 50).toFixed(2)} ms, p95 ${pct(timings, 95).toFixed(2)} ms, p99 ${pct(timings, 99).toFixed(2)} ms, max ${Math.max(...timings).toFixed(2)} ms`;
console.log(`\n${overall}`);
for (const [name, list] of kinds)
  console.log(`  ${name.padEnd(24)} p50 ${pct(list, 50).toFixed(2)} ms  p95 ${pct(list, 95).toFixed(2)} ms`);
index.close();
writeSection({
  id: 'search',
  title: 'Search index (`npm run bench:search`)',
  script: 'bench:search',
  loadAverageAtStart,
  body: [
    `${indexed}. ${matched} ${overall}.`,
    '',
    markdownTable(
      ['query kind', 'p50 ms', 'p95 ms'],
      [...kinds].map(([name, list]) => [name, pct(list, 50).toFixed(2), pct(list, 95).toFixed(2)]),
    ),
  ].join('\n'),
});
