import { describe, expect, it } from 'vitest';
import { closestWord, editDistance, type VocabularyWord } from './spelling';

describe('editDistance', () => {
  it('counts substitutions, additions, drops and swaps of adjacent letters', () => {
    expect(editDistance('bank', 'bank', 2)).toBe(0);
    expect(editDistance('bank', 'bunk', 2)).toBe(1);
    expect(editDistance('bank', 'banks', 2)).toBe(1);
    expect(editDistance('steel', 'stele', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('charges half for a doubled letter typed once or a letter typed twice', () => {
    expect(editDistance('coper', 'copper', 2)).toBe(0.5);
    expect(editDistance('copper', 'coper', 2)).toBe(0.5);
    expect(editDistance('coper', 'cover', 2)).toBe(1);
  });

  it('gives up past the limit', () => {
    expect(editDistance('market', 'basket', 1)).toBe(Infinity);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(Infinity);
    expect(editDistance('market', 'basket', 2)).toBe(2);
  });
});

describe('closestWord', () => {
  const vocabulary: VocabularyWord[] = [
    ['cover', 40],
    ['copper', 3],
    ['cooper', 1],
    ['inflation', 12],
    ['inflated', 2],
    ['bank', 20],
  ];

  it('corrects a misspelling to the nearest word of the vocabulary', () => {
    expect(closestWord('coper', vocabulary)).toBe('copper');
    expect(closestWord('inflaton', vocabulary)).toBe('inflation');
    expect(closestWord('bnak', vocabulary)).toBe('bank');
  });

  it('prefers the word in more stories between equally near ones', () => {
    expect(closestWord('bamk', [...vocabulary, ['bark', 1]])).toBe('bank');
    expect(closestWord('bamk', [...vocabulary, ['bark', 30]])).toBe('bark');
  });

  it('suggests nothing for a word far from every other, or too short to judge', () => {
    expect(closestWord('zygote', vocabulary)).toBeNull();
    expect(closestWord('bk', vocabulary)).toBeNull();
  });
});
