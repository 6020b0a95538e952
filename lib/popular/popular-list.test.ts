import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../content/types';
import { windowInWords, withoutStory, type PopularList } from './popular-list';

const story = (slug: string) => ({ slug }) as ArticleSummary;
const list = (measured: number): PopularList => ({
  basis: 'mixed', items: ['a', 'b', 'c', 'd'].map(story), measured, readershipUnavailable: false, windowHours: 168, limit: 4, computedAt: 0,
});

describe('withoutStory', () => {
  it('drops the article being read and keeps the measured count and basis true', () => {
    expect(withoutStory(list(2), 'a', 3)).toMatchObject({ items: ['b', 'c', 'd'].map(story), measured: 1, basis: 'mixed' });
    expect(withoutStory(list(2), 'd', 3)).toMatchObject({ measured: 2, basis: 'mixed' });
    expect(withoutStory(list(1), 'a', 3)).toMatchObject({ measured: 0, basis: 'editorial' });
    expect(withoutStory(list(4), 'x', 3)).toMatchObject({ items: ['a', 'b', 'c'].map(story), measured: 3, basis: 'readership' });
  });
});

describe('windowInWords', () => {
  it('names the window', () => {
    expect([168, 24, 72, 1, 6].map(windowInWords)).toEqual(['week', '24 hours', '3 days', 'hour', '6 hours']);
  });
});
