/**
 * Markdown to searchable text without rendering it: cheap enough for a 100,000-article archive.
 * Keeps link and image text, drops their targets, code fences' markers, emphasis and heading marks.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ') // raw HTML is never rendered, so it is not searchable either
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[`*_~|]+/g, ' ')
    .replace(/[\u0002\u0003]/g, '') // the snippet sentinels (see search-index.ts)
    .replace(/\s{2,}|[^\S ]/g, ' ') // every whitespace run becomes one space; single spaces are left alone, which is fast
    .trim();
}
