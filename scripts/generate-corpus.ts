/**
 * Writes a synthetic newsroom for scale work: `npm run content:generate -- --articles N --out DIR [--seed S]`.
 * Sections, authors and a long-tail spread of tags; dates over several years; bodies of 300 to 1,500 words.
 * Hero images reference the sample illustrations in public/ instead of copying them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { contentDir } from '../lib/content/content-dir';
import { listArticleSources } from '../lib/content/load-content';
import { loadCities } from '../lib/weather/cities';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '42' },
  },
});
const count = Number(values.articles);
if (!values.out || !Number.isInteger(count) || count < 1) {
  console.error('usage: npm run content:generate -- --articles N --out DIR [--seed S]');
  process.exit(2);
}
const outDir = path.resolve(values.out);

let state = Number(values.seed) >>> 0 || 42;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** Zipf-like choice: low indexes are far more common, giving tags a long tail. */
const pickLongTail = <T>(items: readonly T[]): T =>
  items[Math.min(items.length - 1, Math.floor(items.length * random() ** 3))]!;

const SECTIONS = ['business', 'technology', 'autos-ev', 'markets', 'policy', 'world', 'energy', 'property'];
const NOUNS = [
  'market',
  'factory',
  'bank',
  'regulator',
  'chipmaker',
  'carmaker',
  'port',
  'grid',
  'startup',
  'fund',
  'exporter',
  'retailer',
  'airline',
  'insurer',
  'miner',
  'refinery',
  'union',
  'ministry',
  'platform',
  'lender',
];
const VERBS = [
  'expands',
  'cuts',
  'warns on',
  'bets on',
  'delays',
  'doubles',
  'rethinks',
  'sells',
  'buys',
  'backs',
  'challenges',
  'pauses',
];
const OBJECTS = [
  'prices',
  'output',
  'investment',
  'hiring',
  'exports',
  'margins',
  'capacity',
  'guidance',
  'dividends',
  'supply deals',
  'emissions targets',
  'debt',
];
const PLACES = [
  'Europe',
  'Asia',
  'Brazil',
  'Canada',
  'India',
  'Kenya',
  'Vietnam',
  'Mexico',
  'Poland',
  'Chile',
  'Texas',
  'the Gulf',
];
const WORDS =
  'analysts investors quarter revenue growth demand supply costs rates policy shares trading contracts capital workers plants orders tariffs forecasts executives customers suppliers lenders yields prices volumes targets reforms budgets'.split(
    ' ',
  );

function sentence(): string {
  const length = 10 + Math.floor(random() * 14);
  const words = Array.from({ length }, () => pick(WORDS));
  words[0] = `${words[0]![0]!.toUpperCase()}${words[0]!.slice(1)}`;
  return `${words.join(' ')}.`;
}

function body(): string {
  const target = 300 + Math.floor(random() * 1200);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' ');
    words += paragraph.split(' ').length;
    paragraphs.push(paragraph);
    if (paragraphs.length === 4) paragraphs.push(`## ${pick(NOUNS)} outlook`);
  }
  return paragraphs.join('\n\n');
}

const tags = Array.from({ length: 400 }, (_, i) => ({
  slug: `topic-${i + 1}`,
  name: `Topic ${i + 1}`,
  description: `Stories filed under topic ${i + 1}.`,
}));
const authors = Array.from({ length: 60 }, (_, i) => ({
  slug: `author-${i + 1}`,
  name: `Writer ${i + 1}`,
  role: 'Correspondent',
  bio: `Writer ${i + 1} covers ${pick(SECTIONS)}.`,
  avatar: '/images/authors/lena-okafor.webp',
}));
const images = listArticleSources().map((a) => `/images/articles/${a.slug}.webp`);

fs.mkdirSync(path.join(outDir, 'articles'), { recursive: true });
fs.writeFileSync(
  path.join(outDir, 'sections.json'),
  JSON.stringify(
    SECTIONS.map((slug) => ({
      slug,
      name: slug.replace('-', ' & ').toUpperCase(),
      description: `All ${slug} stories.`,
    })),
    null,
    2,
  ),
);
fs.writeFileSync(path.join(outDir, 'tags.json'), JSON.stringify(tags, null, 2));
fs.writeFileSync(path.join(outDir, 'authors.json'), JSON.stringify(authors, null, 2));
fs.writeFileSync(path.join(outDir, 'cities.json'), JSON.stringify(loadCities().cities, null, 2));
// The site's own pages (About, Privacy, ...) have fixed routes: the sample newsroom's are reused.
fs.cpSync(path.join(contentDir(), 'pages'), path.join(outDir, 'pages'), { recursive: true });

const newest = Date.parse('2026-11-28T06:00:00Z');
const spanMs = 5 * 365 * 86_400_000;
const bar = new SingleBar(
  { format: 'Generating [{bar}] {percentage}% | {value}/{total} articles | ETA {eta}s' },
  Presets.shades_classic,
);
bar.start(count, 0);
for (let i = 0; i < count; i += 1) {
  const slug = `${pick(NOUNS)}-${pick(VERBS).replace(/ /g, '-')}-${pick(OBJECTS).replace(/ /g, '-')}-${i + 1}`;
  const publishedAt = new Date(
    newest - Math.floor((i / count) * spanMs) - Math.floor(random() * 3_600_000),
  ).toISOString();
  const articleTags = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => pickLongTail(tags).slug))];
  const title = `${pick(NOUNS)[0]!.toUpperCase()}${pick(NOUNS).slice(1)} in ${pick(PLACES)} ${pick(VERBS)} ${pick(OBJECTS)} as ${pick(WORDS)} shift`;
  const frontMatter = [
    `slug: ${slug}`,
    `title: ${JSON.stringify(title)}`,
    `dek: ${JSON.stringify(`${sentence()} ${sentence()}`.slice(0, 200))}`,
    `section: ${pick(SECTIONS)}`,
    `tags: ${JSON.stringify(articleTags)}`,
    `authors: ${JSON.stringify([pick(authors).slug])}`,
    `publishedAt: ${publishedAt}`,
    `status: published`,
    `hero: ${JSON.stringify({ src: pick(images), alt: 'An abstract illustration of the story', caption: 'Illustration for a generated story.', credit: 'Illustration: Meridian', width: 1600, height: 900 })}`,
  ].join('\n');
  fs.writeFileSync(path.join(outDir, 'articles', `${slug}.md`), `---\n${frontMatter}\n---\n\n${body()}\n`);
  if (i % 500 === 0 || i === count - 1) bar.update(i + 1);
}
bar.stop();
console.log(
  `Wrote ${count} articles, ${SECTIONS.length} sections, ${tags.length} tags and ${authors.length} authors to ${outDir}`,
);
