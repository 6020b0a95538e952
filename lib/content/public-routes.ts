import { getContentSnapshot } from './content-store';
import { selectFront } from './front-selection';
import { PAGE_SIZE, RIVER_PAGE_SIZE } from './paginate';
import { publicArticles, type PublicArticles } from './public-articles';

/**
 * Which public URLs exist, answered from the content index without rendering: the proxy uses it to send
 * unknown articles, lists and page numbers straight to the static 404 page (a 404 rendered on demand
 * would be an empty shell, and would be stored per URL).
 */
interface RouteIndex {
  articles: ReadonlyMap<string, unknown>;
  /** Pages per list: 'latest', 'section:<slug>', 'tag:<slug>', 'author:<slug>' (0 for an empty topic). */
  pages: Map<string, number>;
}

// Built once per public article list, which changes with a new snapshot or when a scheduled story goes live.
const indexes = new WeakMap<PublicArticles, RouteIndex>();

function routeIndex(now: number): RouteIndex {
  const snapshot = getContentSnapshot();
  const current = publicArticles(snapshot, now);
  const cached = indexes.get(current);
  if (cached) return cached;
  const published = current.articles;
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const a of published) {
    add(`section:${a.sectionSlug}`);
    for (const tag of a.tagSlugs) add(`tag:${tag}`);
    for (const author of a.authorSlugs) add(`author:${author}`);
  }
  const pagesFor = (count: number, pageSize = PAGE_SIZE) => Math.max(1, Math.ceil(count / pageSize));
  const pages = new Map<string, number>();
  const sectionOrder = snapshot.sections.map((s) => s.slug);
  const river = selectFront(published, snapshot.frontPage, sectionOrder).river;
  pages.set('latest', pagesFor(river.length, RIVER_PAGE_SIZE));
  for (const s of snapshot.sections) pages.set(`section:${s.slug}`, pagesFor(counts.get(`section:${s.slug}`) ?? 0));
  for (const p of snapshot.authors) pages.set(`author:${p.slug}`, pagesFor(counts.get(`author:${p.slug}`) ?? 0));
  for (const t of snapshot.tags) {
    const count = counts.get(`tag:${t.slug}`) ?? 0;
    pages.set(`tag:${t.slug}`, count === 0 ? 0 : pagesFor(count));
  }
  const index = { articles: current.bySlug, pages };
  indexes.set(current, index);
  return index;
}

/** An article, or a page of its live updates. */
const ARTICLE = /^\/articles\/([^/]+)(?:\/page\/([^/]+))?$/;
const PAGE_NUMBER = /^[1-9]\d{0,5}$/;
const LIST = /^\/(section|tag|author)\/([^/]+)(?:\/page\/([^/]+))?$/;
const HOME_PAGE = /^\/page\/([^/]+)$/;
/** Below these, only the shapes above exist; anything else would reach a catch-all and be rendered as a 404. */
const PUBLIC_PREFIX = /^\/(articles|section|tag|author|page)\//;
const ONE_SEGMENT = /^\/([^/]+)$/;
/**
 * Every one-segment URL that exists: pages, app/'s route and metadata files, public/'s files. Any other single
 * segment would be taken by Next's router for a reader variant (app/[reader]) and rendered as an empty 404 shell.
 */
export const ONE_SEGMENT_ROUTES = new Set([
  'about',
  'contact',
  'corrections',
  'privacy',
  'search',
  'section',
  'tag',
  'newsroom',
  'atom.xml',
  'feed.json',
  'feed.xml',
  'news-sitemap.xml',
  'sitemap.xml',
  'robots.txt',
  'manifest.webmanifest',
  'opengraph-image',
  'favicon.ico',
  'icon.svg',
  'apple-icon.png',
  'logo.png',
]);

/** false when the path is one of Meridian's public routes and does not exist; true otherwise (let the app decide). */
export function mayExist(pathname: string, now: number = Date.now()): boolean {
  const article = ARTICLE.exec(pathname);
  if (article)
    return routeIndex(now).articles.has(article[1]!) && (article[2] === undefined || PAGE_NUMBER.test(article[2]));
  const list = LIST.exec(pathname);
  if (list) return pageExists(routeIndex(now).pages.get(`${list[1]}:${list[2]}`), list[3]);
  const home = HOME_PAGE.exec(pathname);
  if (home) return pageExists(routeIndex(now).pages.get('latest'), home[1]);
  if (PUBLIC_PREFIX.test(pathname)) return false;
  const segment = ONE_SEGMENT.exec(pathname);
  if (segment) return ONE_SEGMENT_ROUTES.has(segment[1]!);
  return true;
}

function pageExists(totalPages: number | undefined, rawPage: string | undefined): boolean {
  if (!totalPages) return false;
  if (rawPage === undefined) return true;
  if (!PAGE_NUMBER.test(rawPage)) return false;
  return Number(rawPage) <= totalPages;
}
