/** Limits on what a reader's query may cost: longer input is cut, not refused. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TOKENS = 12;

/**
 * Turns reader text into a safe FTS5 MATCH expression, or null when nothing searchable is left.
 * Only runs of letters, digits and combining marks survive, each quoted, so FTS5 operators (AND, NEAR(),
 * quotes, *, ^, :, -, parentheses) are searched as plain words or dropped. `prefix` makes the last word
 * match as a prefix (for suggestions while typing); one-letter prefixes are not expanded (too broad).
 */
export function toMatchExpression(text: string, { prefix = false }: { prefix?: boolean } = {}): string | null {
  const tokens = queryTokens(text);
  if (tokens.length === 0) return null;
  return tokens
    .map((token, index) => {
      const quoted = `"${token}"`;
      return prefix && index === tokens.length - 1 && [...token].length >= 2 ? `${quoted}*` : quoted;
    })
    .join(' ');
}

/** The words of a query as the index sees them (lower-cased, at most MAX_QUERY_TOKENS). */
export function queryTokens(text: string): string[] {
  const words =
    text
      .slice(0, MAX_QUERY_CHARS)
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.slice(0, MAX_QUERY_TOKENS);
}

/** A word as the unicode61 tokenizer with remove_diacritics stores it, for looking up index statistics. */
export function indexedForm(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
