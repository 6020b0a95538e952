import type { ArticleMeta } from '../content/types';

const WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
const MAX_PER_SECTION = 2;

/**
 * The editors' ranking used until readership data exists: stories of the last 7 days, those the desk
 * prioritised first, then the newest, with at most two per section so one desk does not fill the list.
 */
export function rankEditorially(newestFirst: readonly ArticleMeta[], now: number, limit: number): ArticleMeta[] {
  const recent = newestFirst.filter((a) => now - Date.parse(a.publishedAt) <= WINDOW_MS);
  const pool = recent.length >= limit ? recent : newestFirst;
  const ordered = [...pool].sort((a, b) => (a.priority ?? 99) - (b.priority ?? 99));
  const perSection = new Map<string, number>();
  const picked: ArticleMeta[] = [];
  for (const article of ordered) {
    const count = perSection.get(article.sectionSlug) ?? 0;
    if (count >= MAX_PER_SECTION) continue;
    perSection.set(article.sectionSlug, count + 1);
    picked.push(article);
    if (picked.length === limit) break;
  }
  return picked;
}
