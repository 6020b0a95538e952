import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../content/types';
import { toPopularItem, windowInWords, withoutStory, type PopularList } from './popular-list';

const story = (slug: string) => ({ slug, title: `Title ${slug}` });
const list = (measured: number): PopularList => ({
  basis: 'mixed',
  items: ['a', 'b', 'c', 'd'].map(story),
  measured,
  readershipUnavailable: false,
  windowHours: 168,
  limit: 4,
  computedAt: 0,
});

describe('withoutStory', () => {
  it('drops the article being read and keeps the measured count and basis true', () => {
    expect(withoutStory(list(2), 'a', 3)).toMatchObject({
      items: ['b', 'c', 'd'].map(story),
      measured: 1,
      basis: 'mixed',
    });
    expect(withoutStory(list(2), 'd', 3)).toMatchObject({ measured: 2, basis: 'mixed' });
    expect(withoutStory(list(1), 'a', 3)).toMatchObject({ measured: 0, basis: 'editorial' });
    expect(withoutStory(list(4), 'x', 3)).toMatchObject({
      items: ['a', 'b', 'c'].map(story),
      measured: 3,
      basis: 'readership',
    });
  });
});

describe('toPopularItem', () => {
  it('keeps what the block shows, the link and the headline, and nothing else', () => {
    const meta = {
      slug: 's',
      title: 'T',
      dek: 'long excerpt',
      sectionSlug: 'world',
      hero: { src: '/x.webp' },
    } as unknown as ArticleMeta;
    expect(toPopularItem(meta)).toEqual({ slug: 's', title: 'T' });
  });
});

describe('windowInWords', () => {
  it('names the window', () => {
    expect([168, 24, 72, 1, 6].map(windowInWords)).toEqual(['week', '24 hours', '3 days', 'hour', '6 hours']);
  });
});
