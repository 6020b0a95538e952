/** Validates every file in the content folder and lists every problem at once; exits non-zero on any. */
import { contentDir } from '../lib/content/content-dir';
import { writeContentManifest } from '../lib/content/content-manifest';
import { loadContent, type ArticleFileCache } from '../lib/content/load-content';
import { loadSitePages } from '../lib/content/site-pages';
import { loadCities } from '../lib/weather/cities';

const started = performance.now();
const files: ArticleFileCache = new Map();
const snapshot = loadContent(contentDir(), { cache: files });
const sitePages = loadSitePages(contentDir());
snapshot.problems.push(...sitePages.problems);
const cities = loadCities();
for (const problem of cities.problems)
  snapshot.problems.push({
    file: 'cities.json',
    line: null,
    field: problem.split(': ')[0]!.replace('cities.json ', ''),
    message: problem.split(': ').slice(1).join(': '),
  });
const elapsed = Math.round(performance.now() - started);
if (snapshot.problems.length > 0) {
  console.error(`Content check failed: ${snapshot.problems.length} problem(s) in ${contentDir()}`);
  for (const p of snapshot.problems)
    console.error(`  ${p.file}${p.line ? `:${p.line}` : ''}  ${p.field}: ${p.message}`);
  process.exit(1);
}
// What the servers and build workers start from, so that they need not parse every file again.
writeContentManifest(contentDir(), files);
const published = snapshot.articles.filter((a) => a.status === 'published').length;
console.log(
  `Content OK: ${snapshot.articles.length} articles (${published} published status, ${snapshot.articles.length - published} drafts), ` +
    `${snapshot.sections.length} sections, ${snapshot.tags.length} tags, ${snapshot.authors.length} authors, ${sitePages.pages.length} site pages in ${elapsed} ms.`,
);
