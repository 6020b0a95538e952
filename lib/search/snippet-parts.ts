/** Sentinels around FTS5 snippet hits: control characters that indexed text never holds (plain-text.ts strips them). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** Splits a sentinel-marked snippet into text runs, so the page renders hits as <mark> and React escapes the rest. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');
  let last = 0;
  for (const match of snippet.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: snippet.slice(last, match.index), mark: false });
    parts.push({ text: match[1] ?? '', mark: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), mark: false });
  return parts.map((p) => ({ ...p, text: p.text.replace(/[\u0002\u0003]/g, '') })).filter((p) => p.text.length > 0);
}
