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

const ARTICLE = /^\/articles\/([^/]+)$/;
const LIST = /^\/(section|tag|author)\/([^/]+)(?:\/page\/([^/]+))?$/;
const HOME_PAGE = /^\/page\/([^/]+)$/;

/** false when the path is one of Meridian's public routes and does not exist; true otherwise (let the app decide). */
export function mayExist(pathname: string, now: number = Date.now()): boolean {
  const article = ARTICLE.exec(pathname);
  if (article) return routeIndex(now).articles.has(article[1]!);
  const list = LIST.exec(pathname);
  if (list) return pageExists(routeIndex(now).pages.get(`${list[1]}:${list[2]}`), list[3]);
  const home = HOME_PAGE.exec(pathname);
  if (home) return pageExists(routeIndex(now).pages.get('latest'), home[1]);
  return true;
}

function pageExists(totalPages: number | undefined, rawPage: string | undefined): boolean {
  if (!totalPages) return false;
  if (rawPage === undefined) return true;
  if (!/^[1-9]\d{0,5}$/.test(rawPage)) return false;
  return Number(rawPage) <= totalPages;
}
