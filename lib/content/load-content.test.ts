import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeContentFixture } from '../../test-support/content-fixture';
import { loadContent } from './load-content';

function load(articles: Parameters<typeof makeContentFixture>[0]) {
  const { contentDir, publicDir } = makeContentFixture(articles);
  process.env.PUBLIC_DIR = publicDir;
  return { ...loadContent(contentDir), contentDir, publicDir };
}

afterEach(() => {
  delete process.env.PUBLIC_DIR;
});

describe('loadContent', () => {
  it('loads a valid folder without problems and normalises dates', () => {
    const result = load([{ slug: 'alpha-story' }, { slug: 'beta-story', frontMatter: { updatedAt: undefined } }]);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => a.slug)).toEqual(['alpha-story', 'beta-story']);
    const beta = result.articles.find((a) => a.slug === 'beta-story');
    expect(beta?.updatedAt).toBe('2026-11-01T08:00:00.000Z');
    expect(result.sections).toHaveLength(2);
  });

  it('names file, line and field for a bad date', () => {
    const result = load([{ slug: 'bad-date', frontMatter: { publishedAt: '2026-13-45' } }]);
    expect(result.articles).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field: 'publishedAt', line: 8 });
    expect(result.problems[0]?.file).toMatch(/bad-date\.md$/);
    expect(result.problems[0]?.message).toMatch(/ISO 8601/);
  });

  it('reports broken internal links in bodies with the line in the file, and keeps the article', () => {
    const body =
      'Intro.\n\nSee [the other](/articles/beta-story) and [a lost one](/articles/lost-story).\n\nBy [Ada](/author/ada-writer), in [sport](/section/sport).';
    const result = load([{ slug: 'alpha-story', body }, { slug: 'beta-story' }]);
    const source = fs.readFileSync(path.join(result.contentDir, 'articles', 'alpha-story.md'), 'utf8').split('\n');
    const lineOf = (text: string) => source.findIndex((line) => line.includes(text)) + 1;
    expect(result.problems.map((p) => ({ line: p.line, message: p.message }))).toEqual([
      {
        line: lineOf('lost-story'),
        message: 'broken internal link: links to unknown article "lost-story" (/articles/lost-story)',
      },
      {
        line: lineOf('/section/sport'),
        message: 'broken internal link: links to unknown section "sport" (/section/sport)',
      },
    ]);
    expect(result.problems[0]?.file).toMatch(/alpha-story\.md$/);
    expect(result.articles.map((a) => a.slug)).toEqual(['alpha-story', 'beta-story']);
  });

  it('reports an unknown tag, section and author', () => {
    const result = load([
      { slug: 'unknown-refs', frontMatter: { tags: ['earnings', 'crypto'], section: 'sport', authors: ['nobody'] } },
    ]);
    const fields = result.problems.map((p) => `${p.field}: ${p.message}`);
    expect(fields).toEqual([
      'section: unknown section "sport" (not in sections.json)',
      'tags: unknown tag "crypto" (not in tags.json)',
      'authors: unknown author "nobody" (not in authors.json)',
    ]);
  });

  it('reports a missing title as required', () => {
    const result = load([{ slug: 'no-title', frontMatter: { title: undefined } }]);
    expect(result.problems).toEqual([expect.objectContaining({ field: 'title', message: 'is required', line: null })]);
  });

  it('reports a duplicate slug and keeps the first file', () => {
    const { contentDir, publicDir } = makeContentFixture([{ slug: 'first-copy' }]);
    const copy = fs.readFileSync(path.join(contentDir, 'articles', 'first-copy.md'), 'utf8');
    fs.writeFileSync(path.join(contentDir, 'articles', 'zz-second-copy.md'), copy);
    process.env.PUBLIC_DIR = publicDir;
    const result = loadContent(contentDir);
    const duplicate = result.problems.find((p) => p.message.startsWith('duplicate slug'));
    expect(duplicate).toMatchObject({ field: 'slug', line: 2 });
    expect(duplicate?.file).toMatch(/zz-second-copy\.md$/);
    expect(duplicate?.message).toMatch(/duplicate slug "first-copy", already used by .*first-copy\.md/);
    expect(result.articles.map((a) => a.slug)).toEqual(['first-copy']);
  });

  it('reports a former slug that shadows a live article', () => {
    const result = load([
      { slug: 'live-story' },
      { slug: 'renamed-story', frontMatter: { redirectFrom: ['live-story'] } },
    ]);
    expect(result.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'redirectFrom: "live-story" is the slug of a live article',
    ]);
  });

  it('reports updatedAt before publishedAt, missing images and alt text, unknown fields', () => {
    const result = load([
      { slug: 'time-travel', frontMatter: { updatedAt: '2026-10-01T00:00:00Z' } },
      {
        slug: 'no-picture',
        frontMatter: {
          hero: { src: '/images/articles/missing.webp', alt: '', caption: 'c', credit: 'c', width: 10, height: 10 },
        },
      },
      { slug: 'extra-field', frontMatter: { colour: 'red' } },
    ]);
    const messages = result.problems.map((p) => `${path.basename(p.file)} ${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'extra-field.md (front matter): unknown field(s): colour',
      'no-picture.md hero.alt: alt text is required (at least 5 characters)',
      'time-travel.md updatedAt: is earlier than publishedAt',
    ]);
  });

  it('reports YAML that does not parse', () => {
    const result = load([{ slug: 'broken-yaml', rawFrontMatter: 'title: "unterminated\nslug: [\n' }]);
    expect(result.problems[0]).toMatchObject({ field: '(front matter)' });
    expect(result.problems[0]?.message).toMatch(/not valid YAML/);
  });

  it('validates the registries', () => {
    const { contentDir, publicDir } = makeContentFixture([{ slug: 'alpha-story' }]);
    fs.writeFileSync(
      path.join(contentDir, 'tags.json'),
      JSON.stringify([
        { slug: 'Bad Slug', name: 'x', description: 'y' },
        { slug: 'earnings', name: 'Earnings', description: 'Results.' },
      ]),
    );
    process.env.PUBLIC_DIR = publicDir;
    const result = loadContent(contentDir);
    expect(result.problems[0]).toMatchObject({
      field: '[0].slug',
      message: 'must be lowercase words joined by hyphens',
    });
    expect(result.problems[0]?.file).toMatch(/tags\.json$/);
  });
});
