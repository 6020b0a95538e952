import { describe, expect, it } from 'vitest';
import { getContentSnapshot } from './content-store';
import { OTHER_INITIAL, sectionDirectory, topicDirectory } from './directories';
import { publicView } from './public-view';
import type { ArticleMeta, Section, Tag } from './types';

function meta(slug: string, sectionSlug: string, tagSlugs: string[]): ArticleMeta {
  return {
    slug,
    title: `Title of ${slug}`,
    dek: slug,
    sectionSlug,
    tagSlugs,
    authorSlugs: ['a'],
    publishedAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    status: 'published',
    priority: null,
    redirectFrom: [],
    sourcePath: `/tmp/${slug}.md`,
    hero: { src: '/images/x.webp', alt: 'alt text', caption: 'c', credit: 'c', width: 1, height: 1 },
  };
}

const entry = (slug: string, name: string): Section & Tag => ({ slug, name, description: `About ${name}` });

describe('sectionDirectory', () => {
  // Newest first, as public views list them.
  const articles = [meta('newest', 'markets', []), meta('middle', 'policy', []), meta('oldest', 'markets', [])];
  const sections = new Map([
    ['policy', entry('policy', 'Policy')],
    ['markets', entry('markets', 'Markets')],
    ['world', entry('world', 'World')],
  ]);

  it("lists every section in the site's order with its count and newest story", () => {
    expect(sectionDirectory({ articles, sections })).toEqual([
      {
        slug: 'policy',
        name: 'Policy',
        description: 'About Policy',
        storyCount: 1,
        latest: { slug: 'middle', title: 'Title of middle' },
      },
      {
        slug: 'markets',
        name: 'Markets',
        description: 'About Markets',
        storyCount: 2,
        latest: { slug: 'newest', title: 'Title of newest' },
      },
      { slug: 'world', name: 'World', description: 'About World', storyCount: 0, latest: null },
    ]);
  });
});

describe('topicDirectory', () => {
  const tags = [
    entry('trade', 'Trade'),
    entry('energy', 'Energy'),
    entry('economie', 'Économie'),
    entry('3d-printing', '3D printing'),
    entry('tax', 'tax credits'),
    entry('unused', 'Unused topic'),
  ];
  const articles = [
    meta('a', 'markets', ['trade', 'energy']),
    meta('b', 'markets', ['economie', 'tax', 'trade']),
    meta('c', 'markets', ['3d-printing']),
  ];

  it('groups topics with stories by initial, A–Z within and between groups, the rest last', () => {
    const groups = topicDirectory(tags, articles);
    expect(groups.map((g) => [g.letter, g.topics.map((t) => t.name)])).toEqual([
      ['E', ['Économie', 'Energy']],
      ['T', ['tax credits', 'Trade']],
      [OTHER_INITIAL, ['3D printing']],
    ]);
    expect(groups[1]!.topics).toEqual([
      { slug: 'tax', name: 'tax credits', storyCount: 1 },
      { slug: 'trade', name: 'Trade', storyCount: 2 },
    ]);
  });

  it('leaves out topics without a public story, whose pages are 404s', () => {
    const listed = topicDirectory(tags, articles).flatMap((g) => g.topics.map((t) => t.slug));
    expect(listed).not.toContain('unused');
    expect(topicDirectory(tags, [])).toEqual([]);
  });
});

describe('the sample newsroom', () => {
  const view = publicView();
  const snapshot = getContentSnapshot();

  it('lists every section, each with the stories its page lists', () => {
    const directory = sectionDirectory(view);
    expect(directory.map((s) => s.slug)).toEqual(snapshot.sections.map((s) => s.slug));
    for (const section of directory) {
      const stories = view.articles.filter((a) => a.sectionSlug === section.slug);
      expect(section.storyCount, section.slug).toBe(stories.length);
      expect(section.latest?.slug, section.slug).toBe(stories[0]?.slug);
    }
  });

  it('lists each topic in use exactly once, under the letter its name begins with', () => {
    const used = new Set(view.articles.flatMap((a) => a.tagSlugs));
    const groups = topicDirectory(snapshot.tags, view.articles);
    const listed = groups.flatMap((g) => g.topics.map((t) => t.slug));
    expect([...listed].sort()).toEqual(
      snapshot.tags
        .map((t) => t.slug)
        .filter((slug) => used.has(slug))
        .sort(),
    );
    for (const group of groups)
      for (const topic of group.topics) expect(topic.name[0]!.toUpperCase()).toBe(group.letter);
  });
});
