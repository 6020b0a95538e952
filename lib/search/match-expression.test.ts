import { describe, expect, it } from 'vitest';
import { indexedForm, MAX_QUERY_TOKENS, toMatchExpression } from './match-expression';

describe('toMatchExpression', () => {
  it('quotes every word and lower-cases it', () => {
    expect(toMatchExpression('Bank Rates')).toBe('"bank" "rates"');
  });

  it('searches FTS5 operators as words and drops syntax characters', () => {
    expect(toMatchExpression('tax AND NEAR(rates, 2) "x" * ^ title:bank -oil')).toBe(
      '"tax" "and" "near" "rates" "2" "x" "title" "bank" "oil"',
    );
  });

  it('returns null when nothing searchable is left', () => {
    for (const text of ['', '   ', '"*^:-()', '🚀🔥', '""']) expect(toMatchExpression(text)).toBeNull();
  });

  it('keeps unicode letters and drops emoji', () => {
    expect(toMatchExpression('Zürich 🚀 東京 café')).toBe('"zürich" "東京" "café"');
  });

  it('caps length and token count', () => {
    expect(toMatchExpression('a'.repeat(5000))).toBe(`"${'a'.repeat(200)}"`);
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(toMatchExpression(many)!.split(' ')).toHaveLength(MAX_QUERY_TOKENS);
  });

  it('matches the last word as a prefix for suggestions, but not a single letter', () => {
    expect(toMatchExpression('central ba', { prefix: true })).toBe('"central" "ba"*');
    expect(toMatchExpression('central b', { prefix: true })).toBe('"central" "b"');
  });
});

describe('indexedForm', () => {
  it('drops diacritics as the unicode61 tokenizer does', () => {
    expect(indexedForm('zürich')).toBe('zurich');
    expect(indexedForm('café')).toBe('cafe');
    expect(indexedForm('東京')).toBe('東京');
  });
});
