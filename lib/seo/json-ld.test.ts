import { describe, expect, it } from 'vitest';
import type { Article } from '../content/types';
import type { LiveBlog, LiveUpdate } from '../content/live-blog';
import {
  breadcrumbJsonLd,
  collectionPageJsonLd,
  liveBlogPostingJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
} from './json-ld';
import { listingMetadata, pageTitle } from './metadata';

const article: Article = {
  slug: 'a-story',
  title: 'A </script><script>alert(1)</script> headline',
  dek: 'The dek.',
  publishedAt: '2026-11-27T10:00:00.000Z',
  publishedAgo: 'yesterday',
  updatedAt: '2026-11-27T12:00:00.000Z',
  status: 'published',
  section: { slug: 'markets', name: 'Markets' },
  hero: { src: '/images/articles/a-story.webp', alt: 'alt text', caption: 'c', credit: 'c', width: 1600, height: 900 },
  tags: [{ slug: 'bonds', name: 'Bonds', description: 'd' }],
  authors: [{ slug: 'ada', name: 'Ada', role: 'r', bio: 'b', avatar: '/images/a.webp' }],
  bodyHtml: '<p>x</p>',
  wordCount: 321,
  readingMinutes: 1,
  redirectFrom: [],
};

function liveUpdate(id: string, at: string): LiveUpdate {
  const author = { slug: 'ada', name: 'Ada' };
  return {
    id,
    headline: `Update ${id}`,
    author,
    publishedAt: at,
    updatedAt: at,
    keyEvent: false,
    bodyHtml: '',
    bodyText: 'Text.',
  };
}

describe('JSON-LD', () => {
  it("gives live coverage an expected end a day after the page's newest update", () => {
    const blog: LiveBlog = {
      slug: 'a-story',
      status: 'live',
      coverageStart: '2026-11-27T10:00:00.000Z',
      coverageEnd: null,
      pinned: null,
      pinnedPage: 1,
      keyEvents: [],
      updates: {
        items: [liveUpdate('two', '2026-11-27T13:00:00.000Z'), liveUpdate('one', '2026-11-27T11:00:00.000Z')],
        page: 1,
        totalPages: 1,
        totalItems: 2,
      },
    };
    expect(liveBlogPostingJsonLd(article, blog)).toMatchObject({ coverageEndTime: '2026-11-28T13:00:00.000Z' });
    expect(liveBlogPostingJsonLd(article, { ...blog, updates: { ...blog.updates, items: [] } })).toMatchObject({
      coverageEndTime: '2026-11-28T10:00:00.000Z',
    });
  });

  it('describes a live story as a LiveBlogPosting with one BlogPosting per update on its page', () => {
    const blog: LiveBlog = {
      slug: 'a-story',
      status: 'ended',
      coverageStart: '2026-11-27T10:00:00.000Z',
      coverageEnd: '2026-11-27T18:00:00.000Z',
      pinned: null,
      pinnedPage: 1,
      keyEvents: [],
      updates: {
        items: [liveUpdate('two', '2026-11-27T13:00:00.000Z'), liveUpdate('one', '2026-11-27T11:00:00.000Z')],
        page: 2,
        totalPages: 2,
        totalItems: 22,
      },
    };
    const data = liveBlogPostingJsonLd(article, blog) as unknown as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      headline: article.title,
      coverageStartTime: '2026-11-27T10:00:00.000Z',
      coverageEndTime: '2026-11-27T18:00:00.000Z',
      dateModified: '2026-11-27T13:00:00.000Z',
      url: 'http://localhost:3000/articles/a-story/page/2',
    });
    expect(data.liveBlogUpdate).toEqual([
      expect.objectContaining({
        '@type': 'BlogPosting',
        headline: 'Update two',
        datePublished: '2026-11-27T13:00:00.000Z',
        url: 'http://localhost:3000/articles/a-story/page/2#update-two',
        articleBody: 'Text.',
      }),
      expect.objectContaining({
        headline: 'Update one',
        url: 'http://localhost:3000/articles/a-story/page/2#update-one',
      }),
    ]);
  });

  it('describes a NewsArticle with every property news search uses', () => {
    const data = newsArticleJsonLd(article) as unknown as Record<string, unknown>;
    expect(data['@type']).toBe('NewsArticle');
    expect(data.image).toEqual([
      'http://localhost:3000/media/articles/a-story/16x9.jpg',
      'http://localhost:3000/media/articles/a-story/4x3.jpg',
      'http://localhost:3000/media/articles/a-story/1x1.jpg',
    ]);
    expect(data).toMatchObject({
      datePublished: '2026-11-27T10:00:00.000Z',
      dateModified: '2026-11-27T12:00:00.000Z',
      articleSection: 'Markets',
      keywords: ['Bonds'],
      wordCount: 321,
      isAccessibleForFree: true,
      author: [{ '@type': 'Person', name: 'Ada', url: 'http://localhost:3000/author/ada' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Meridian' },
      mainEntityOfPage: { '@id': 'http://localhost:3000/articles/a-story' },
    });
  });

  it('escapes < so no value can close the script element', () => {
    const text = serializeJsonLd(newsArticleJsonLd(article));
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe(article.title);
  });

  it('builds breadcrumbs and collection pages with absolute URLs', () => {
    const crumbs = breadcrumbJsonLd([
      { name: 'Home', path: '/' },
      { name: 'Markets', path: '/section/markets' },
    ]);
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/' },
      { '@type': 'ListItem', position: 2, name: 'Markets', item: 'http://localhost:3000/section/markets' },
    ]);
    const page = collectionPageJsonLd({
      name: 'Markets',
      description: 'd',
      path: '/section/markets',
      items: [{ name: article.title, path: `/articles/${article.slug}` }],
    }) as unknown as { mainEntity: { numberOfItems: number; itemListElement: { url: string; name: string }[] } };
    expect(page.mainEntity.numberOfItems).toBe(1);
    expect(page.mainEntity.itemListElement[0]).toMatchObject({
      url: `http://localhost:3000/articles/${article.slug}`,
      name: article.title,
    });
  });
});

describe('metadata', () => {
  it('titles and canonicalises paginated lists to themselves', () => {
    expect(pageTitle('Markets', 1)).toBe('Markets');
    expect(pageTitle('Markets', 3)).toBe('Markets – Page 3');
    const metadata = listingMetadata({
      name: 'Markets',
      description: 'd',
      basePath: '/section/markets',
      page: 2,
      feedBase: '/feeds/section/markets/',
    });
    expect(metadata.alternates?.canonical).toBe('/section/markets/page/2');
    expect(metadata.title).toBe('Markets – Page 2');
    expect(JSON.stringify(metadata.alternates?.types)).toContain('/feeds/section/markets/rss.xml');
  });
});
