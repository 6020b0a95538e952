import { describe, expect, it } from 'vitest';
import { brokenLinkReason, extractInternalLinks, reportBrokenLinks, type KnownPages } from './internal-links';

const known: KnownPages = {
  articles: new Set(['live-story']),
  drafts: new Set(['secret-draft']),
  formerSlugs: new Set(['old-story']),
  sections: new Set(['markets']),
  tags: new Set(['bonds']),
  authors: new Set(['ada-writer']),
};

describe('internal links in article bodies', () => {
  it('finds root-relative links and definitions with their file line, not code or external links', () => {
    const body = [
      'First [a story](/articles/live-story) here.', // line 10
      '',
      'See [markets](/section/markets#top) and [the web](https://example.com/articles/nope).',
      '',
      '```',
      '[not a link](/articles/in-code)',
      '```',
      '',
      '[ref]: /tag/bonds',
    ].join('\n');
    expect(extractInternalLinks(body, 10)).toEqual([
      { href: '/articles/live-story', line: 10 },
      { href: '/section/markets#top', line: 12 },
      { href: '/tag/bonds', line: 18 },
    ]);
    expect(extractInternalLinks('No links at all.', 1)).toEqual([]);
  });

  it('accepts live pages, former slugs and page tails; reports unknown targets', () => {
    for (const ok of [
      '/articles/live-story',
      '/articles/old-story?x=1',
      '/section/markets/page/2',
      '/tag/bonds/',
      '/author/ada-writer',
      '/',
      '/page/3',
    ]) {
      expect(brokenLinkReason(ok, known)).toBeNull();
    }
    expect(brokenLinkReason('/articles/missing-story', known)).toMatch(/unknown article "missing-story"/);
    expect(brokenLinkReason('/section/sport', known)).toMatch(/unknown section "sport"/);
    expect(brokenLinkReason('/tag/nope', known)).toMatch(/unknown tag "nope"/);
    expect(brokenLinkReason('/author/nobody', known)).toMatch(/unknown author "nobody"/);
    expect(brokenLinkReason('/section/markets/extra', known)).toMatch(/not a section page address/);
    expect(brokenLinkReason('/articles/secret-draft', known)).toMatch(/draft "secret-draft", which is not public/);
    expect(brokenLinkReason('/articles/secret-draft', known, false)).toBeNull();
  });

  it('reports each broken link with file and line', () => {
    expect(reportBrokenLinks('data/articles/a.md', [{ href: '/articles/gone', line: 21 }], known)).toEqual([
      {
        file: 'data/articles/a.md',
        line: 21,
        field: 'body',
        message: 'broken internal link: links to unknown article "gone" (/articles/gone)',
      },
    ]);
  });
});
