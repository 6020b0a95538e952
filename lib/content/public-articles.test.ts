import { NO_FRONT_PAGE_PICKS } from '@/lib/content/front-page';
import { describe, expect, it } from 'vitest';
import type { ContentSnapshot } from './load-content';
import { nextPublicationAfter, publicArticles } from './public-articles';
import type { ArticleMeta } from './types';

function meta(slug: string, publishedAt: string, status: ArticleMeta['status'] = 'published'): ArticleMeta {
  return {
    slug,
    title: slug,
    dek: slug,
    sectionSlug: 'business',
    tagSlugs: ['t'],
    authorSlugs: ['a'],
    publishedAt,
    updatedAt: publishedAt,
    status,
    priority: null,
    redirectFrom: [],
    sourcePath: `/tmp/${slug}.md`,
    hero: { src: '/images/x.webp', alt: 'alt text', caption: 'c', credit: 'c', width: 1, height: 1 },
  };
}

const snapshot: ContentSnapshot = {
  articles: [
    meta('old', '2026-11-01T08:00:00.000Z'),
    meta('scheduled', '2026-11-03T08:00:00.000Z'),
    meta('draft', '2026-11-01T09:00:00.000Z', 'draft'),
    meta('newer', '2026-11-02T08:00:00.000Z'),
  ],
  sections: [],
  tags: [],
  authors: [],
  frontPage: NO_FRONT_PAGE_PICKS,
  problems: [],
};
const at = (iso: string) => Date.parse(iso);

describe('publicArticles', () => {
  it('lists published, due stories newest first, with the next publication time', () => {
    const view = publicArticles(snapshot, at('2026-11-02T12:00:00Z'));
    expect(view.articles.map((a) => a.slug)).toEqual(['newer', 'old']);
    expect(view.bySlug.has('draft')).toBe(false);
    expect(view.bySlug.has('scheduled')).toBe(false);
    expect(view.nextPublicationAt).toBe(at('2026-11-03T08:00:00Z'));
  });

  it('reuses one list until the next publication, then takes the scheduled story in', () => {
    const first = publicArticles(snapshot, at('2026-11-02T12:00:00Z'));
    expect(publicArticles(snapshot, at('2026-11-03T07:59:59Z'))).toBe(first);
    const later = publicArticles(snapshot, at('2026-11-03T08:00:00Z'));
    expect(later.articles.map((a) => a.slug)).toEqual(['scheduled', 'newer', 'old']);
    expect(later.nextPublicationAt).toBeNull();
    // Asked about an earlier moment again (tests and the proxy pass their own time), it answers for that moment.
    expect(publicArticles(snapshot, at('2026-11-01T12:00:00Z')).articles.map((a) => a.slug)).toEqual(['old']);
  });

  it('tells when the next scheduled story goes live, drafts aside', () => {
    expect(nextPublicationAfter(snapshot, at('2026-11-01T08:30:00Z'))).toBe(at('2026-11-02T08:00:00Z'));
    expect(nextPublicationAfter(snapshot, at('2026-11-02T12:00:00Z'))).toBe(at('2026-11-03T08:00:00Z'));
    expect(nextPublicationAfter(snapshot, at('2026-11-03T08:00:00Z'))).toBeNull();
  });
});
