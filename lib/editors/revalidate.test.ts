import { NO_FRONT_PAGE_PICKS } from '@/lib/content/front-page';
import { describe, expect, it } from 'vitest';
import type { ContentSnapshot } from '../content/load-content';
import type { ArticleMeta } from '../content/types';
import { revalidateBodySchema, tagsToRevalidate } from './revalidate';
import { readSecret } from './secrets';

function snapshotWith(article: Partial<ArticleMeta>): ContentSnapshot {
  const meta = {
    slug: 'a-story',
    sectionSlug: 'markets',
    tagSlugs: ['bonds'],
    authorSlugs: ['ada-writer'],
    redirectFrom: [],
    ...article,
  } as ArticleMeta;
  return { articles: [meta], sections: [], tags: [], authors: [], frontPage: NO_FRONT_PAGE_PICKS, problems: [] };
}

describe('revalidation', () => {
  it('accepts a slug list or all, nothing else', () => {
    expect(revalidateBodySchema.safeParse({ slugs: ['a-story'] }).success).toBe(true);
    expect(revalidateBodySchema.safeParse({ all: true }).success).toBe(true);
    for (const bad of [
      {},
      { all: false },
      { slugs: [] },
      { slugs: ['Not A Slug'] },
      { slugs: ['a-story'], all: true },
      [],
    ]) {
      expect(revalidateBodySchema.safeParse(bad).success).toBe(false);
    }
  });

  it('refreshes the story, its old and new section, tags and authors, former slugs and the lists', () => {
    const before = snapshotWith({ sectionSlug: 'markets', tagSlugs: ['bonds'] });
    const after = snapshotWith({ sectionSlug: 'business', tagSlugs: ['bonds', 'energy'], redirectFrom: ['old-story'] });
    expect(tagsToRevalidate({ slugs: ['a-story'] }, before, after).sort()).toEqual(
      [
        'content',
        'article:a-story',
        'section:markets',
        'section:business',
        'tag:bonds',
        'tag:energy',
        'author:ada-writer',
        'article:old-story',
      ].sort(),
    );
    expect(tagsToRevalidate({ all: true }, before, after)).toEqual(['content']);
  });
});

describe('editor secrets', () => {
  it('uses the environment, a development default outside production, and nothing in production', () => {
    expect(
      readSecret('REVALIDATE_SECRET', { REVALIDATE_SECRET: 'a-long-enough-secret-value', NODE_ENV: 'production' }),
    ).toBe('a-long-enough-secret-value');
    expect(readSecret('REVALIDATE_SECRET', { NODE_ENV: 'development' })).toMatch(/^dev-only-/);
    expect(readSecret('REVALIDATE_SECRET', { NODE_ENV: 'production' })).toBeNull();
    expect(readSecret('REVALIDATE_SECRET', { REVALIDATE_SECRET: 'short', NODE_ENV: 'production' })).toBeNull();
  });
});
