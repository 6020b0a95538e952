import { describe, expect, it } from 'vitest';
import { readingMinutes, WORDS_PER_MINUTE } from './reading-time';

describe('readingMinutes', () => {
  it('rounds words at 230 a minute to whole minutes', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(1000)).toBe(4);
    expect(readingMinutes(1050)).toBe(5);
  });

  it('says one minute for a brief or an empty body, never zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(40)).toBe(1);
  });
});
