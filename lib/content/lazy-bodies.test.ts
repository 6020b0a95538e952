import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFrontMatterHead } from './article-source';
import { makeContentFixture } from '../../test-support/content-fixture';
import { readContentManifest, writeContentManifest } from './content-manifest';
import { readArticleBody } from './content-store';
import { loadContent, type ArticleFileCache } from './load-content';

const LONG_BODY = `${'A paragraph of the story, long enough to matter. '.repeat(1000)}\n\nSee [a lost one](/articles/lost-story).`;

function fixture() {
  const dirs = makeContentFixture([{ slug: 'long-story', body: LONG_BODY }, { slug: 'short-story' }]);
  process.env.PUBLIC_DIR = dirs.publicDir;
  return dirs;
}

/** Bytes read from article files through fs, whichever call reads them. */
function countArticleBytes() {
  let bytes = 0;
  const readSync = vi.spyOn(fs, 'readSync');
  const readFileSync = vi.spyOn(fs, 'readFileSync');
  return {
    total: () => {
      bytes = readSync.mock.results.reduce((sum, r) => sum + (r.type === 'return' ? (r.value as number) : 0), 0);
      readFileSync.mock.calls.forEach(([file], i) => {
        const value = readFileSync.mock.results[i]?.value;
        if (String(file).endsWith('.md') && typeof value === 'string') bytes += Buffer.byteLength(value);
      });
      return bytes;
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.PUBLIC_DIR;
});

describe('front matter only loading', () => {
  it('reads the head of a file up to the closing delimiter, across chunks', () => {
    const { contentDir } = makeContentFixture([
      { slug: 'padded-story', rawFrontMatter: `${'# a long comment line\n'.repeat(1000)}title: "x"\n` },
    ]);
    const file = path.join(contentDir, 'articles', 'padded-story.md');
    const head = readFrontMatterHead(file);
    expect(head.length).toBeGreaterThan(4096);
    expect(head.endsWith('title: "x"\n---')).toBe(true);
    expect(fs.readFileSync(file, 'utf8').startsWith(head)).toBe(true);
  });

  it('lists a folder without reading the bodies, and a body is read when the article is shown', () => {
    const { contentDir } = fixture();
    const bytes = countArticleBytes();
    const snapshot = loadContent(contentDir, { bodies: 'none' });
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.articles.map((a) => a.slug)).toEqual(['long-story', 'short-story']);
    expect(bytes.total()).toBeLessThan(LONG_BODY.length / 10);

    const long = snapshot.articles.find((a) => a.slug === 'long-story')!;
    const { html, wordCount } = readArticleBody(long);
    expect(html).toContain('<a href="/articles/lost-story">a lost one</a>');
    expect(wordCount).toBeGreaterThan(8_000);
    expect(bytes.total()).toBeGreaterThan(LONG_BODY.length);
  });

  it('still reports a broken body in the full check', () => {
    const { contentDir } = fixture();
    const problems = loadContent(contentDir).problems;
    expect(problems).toEqual([
      expect.objectContaining({ field: 'body', message: expect.stringContaining('unknown article "lost-story"') }),
    ]);
    expect(problems[0]?.file).toMatch(/long-story\.md$/);
    expect(problems[0]?.line).toBeGreaterThan(10);
  });

  it('re-reads only changed files on a reload, and checks the body of a changed file', () => {
    const { contentDir, publicDir } = makeContentFixture([{ slug: 'alpha-story' }, { slug: 'beta-story' }]);
    process.env.PUBLIC_DIR = publicDir;
    const cache: ArticleFileCache = new Map();
    const first = loadContent(contentDir, { bodies: 'none', cache });
    expect(first.problems).toEqual([]);

    const beta = path.join(contentDir, 'articles', 'beta-story.md');
    fs.appendFileSync(beta, '\nNow linking [nowhere](/articles/nowhere-story).\n');
    const second = loadContent(contentDir, { bodies: 'changed', cache });
    expect(second.problems.map((p) => `${path.basename(p.file)} ${p.field}: ${p.message}`)).toEqual([
      'beta-story.md body: broken internal link: links to unknown article "nowhere-story" (/articles/nowhere-story)',
    ]);
    // The unchanged file was not parsed again: the same metadata object is served.
    expect(second.articles[0]).toBe(first.articles[0]);
    expect(second.articles[1]).not.toBe(first.articles[1]);

    fs.rmSync(beta);
    const third = loadContent(contentDir, { bodies: 'changed', cache });
    expect(third.articles.map((a) => a.slug)).toEqual(['alpha-story']);
    expect(cache.size).toBe(1);
  });
});

describe('content manifest', () => {
  it('lets a process start without parsing unchanged files, and re-reads a changed one', () => {
    const { contentDir, publicDir } = makeContentFixture([
      { slug: 'alpha-story' },
      { slug: 'beta-story', body: LONG_BODY.replace('/articles/lost-story', '/articles/alpha-story') },
    ]);
    process.env.PUBLIC_DIR = publicDir;
    const manifest = path.join(contentDir, '..', 'manifest.json');
    const checked: ArticleFileCache = new Map();
    expect(loadContent(contentDir, { cache: checked }).problems).toEqual([]);
    writeContentManifest(contentDir, checked, manifest);

    const beta = path.join(contentDir, 'articles', 'beta-story.md');
    fs.writeFileSync(
      beta,
      fs.readFileSync(beta, 'utf8').replace(/^title: .*$/m, 'title: "A headline edited after the check"'),
    );
    const bytes = countArticleBytes();
    const started = loadContent(contentDir, { bodies: 'none', cache: readContentManifest(contentDir, manifest) });
    expect(started.problems).toEqual([]);
    expect(started.articles.map((a) => a.title)).toEqual([
      'Headline for alpha story',
      'A headline edited after the check',
    ]);
    // Only the edited file's head was read.
    expect(bytes.total()).toBeGreaterThan(0);
    expect(bytes.total()).toBeLessThan(fs.statSync(beta).size / 10);
  });

  it('reads back every entry as checked, equal heroes as one object', () => {
    const hero = {
      src: '/images/articles/shared-story.webp',
      alt: 'A shared illustration',
      caption: 'A caption.',
      credit: 'Illustration: Meridian',
      width: 1600,
      height: 900,
    };
    const { contentDir, publicDir } = makeContentFixture([
      { slug: 'shared-story' },
      { slug: 'second-story', frontMatter: { hero, tags: ['earnings', 'bonds'], updatedAt: undefined } },
      { slug: 'third-story', frontMatter: { hero, section: 'markets' } },
    ]);
    process.env.PUBLIC_DIR = publicDir;
    const manifest = path.join(contentDir, '..', 'manifest.json');
    const checked: ArticleFileCache = new Map();
    const atCheck = loadContent(contentDir, { cache: checked });
    expect(atCheck.problems).toEqual([]);
    writeContentManifest(contentDir, checked, manifest);
    const started = loadContent(contentDir, { bodies: 'none', cache: readContentManifest(contentDir, manifest) });
    expect(started.articles).toEqual(atCheck.articles);
    const heroOf = (slug: string) => started.articles.find((a) => a.slug === slug)!.hero;
    expect(heroOf('second-story')).toBe(heroOf('third-story'));
    expect(heroOf('shared-story')).not.toBe(heroOf('third-story'));
  });

  it('leaves drafts and scheduled stories out', () => {
    const { contentDir, publicDir } = makeContentFixture([
      { slug: 'public-story' },
      { slug: 'draft-story', frontMatter: { status: 'draft' } },
      { slug: 'scheduled-story', frontMatter: { publishedAt: '2099-01-01T00:00:00Z', updatedAt: undefined } },
    ]);
    process.env.PUBLIC_DIR = publicDir;
    const manifest = path.join(contentDir, '..', 'manifest.json');
    const checked: ArticleFileCache = new Map();
    expect(loadContent(contentDir, { cache: checked }).problems).toEqual([]);
    writeContentManifest(contentDir, checked, manifest);
    const text = fs.readFileSync(manifest, 'utf8');
    expect(text).toContain('public-story');
    expect(text).not.toContain('draft-story');
    expect(text).not.toContain('scheduled-story');
    // A start still has all three: the two left out are read from their files.
    expect(
      loadContent(contentDir, { bodies: 'none', cache: readContentManifest(contentDir, manifest) }).articles,
    ).toHaveLength(3);
  });

  it('is ignored when it belongs to another folder', () => {
    const { contentDir } = makeContentFixture([{ slug: 'alpha-story' }]);
    const manifest = path.join(contentDir, '..', 'manifest.json');
    writeContentManifest('/somewhere/else', new Map([['x', { stamp: '1', parsed: { problems: [] } }]]), manifest);
    expect(readContentManifest(contentDir, manifest).size).toBe(0);
  });
});
