import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeContentFixture, type FixtureArticle } from '../test-support/content-fixture';

/** The content check as editors run it (`npm run content:check`) and as `npm run build` runs it first. */
function run(command: 'content:check' | 'build', articles: FixtureArticle[]) {
  const { contentDir, publicDir } = makeContentFixture(articles);
  const result = spawnSync('npm', ['run', '--silent', command], {
    env: { ...process.env, CONTENT_DIR: contentDir, PUBLIC_DIR: publicDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const brokenCases: [string, FixtureArticle, RegExp][] = [
  [
    'bad date',
    { slug: 'bad-date', frontMatter: { publishedAt: 'last Tuesday' } },
    /bad-date\.md:\d+\s+publishedAt: must be an ISO 8601 date-time/,
  ],
  [
    'unknown tag',
    { slug: 'unknown-tag', frontMatter: { tags: ['not-a-tag'] } },
    /unknown-tag\.md:\d+\s+tags: unknown tag "not-a-tag"/,
  ],
  [
    'broken internal link',
    { slug: 'broken-link', body: 'Intro.\n\nSee [this](/articles/no-such-story).' },
    /broken-link\.md:\d+\s+body: broken internal link: links to unknown article "no-such-story"/,
  ],
  [
    'missing title',
    { slug: 'missing-title', frontMatter: { title: undefined } },
    /missing-title\.md\s+title: is required/,
  ],
];

describe('content:check and build', () => {
  it('passes a valid folder', () => {
    const { status, output } = run('content:check', [{ slug: 'fine-story' }]);
    expect(output).toMatch(/Content OK: 1 articles/);
    expect(status).toBe(0);
  });

  for (const command of ['content:check', 'build'] as const) {
    it.each(brokenCases)(`${command} fails on a %s, naming file and field`, (_name, article, expected) => {
      const { status, output } = run(command, [{ slug: 'fine-story' }, article]);
      expect(status).not.toBe(0);
      expect(output).toMatch(expected);
    });

    it(`${command} fails on a duplicate slug, naming both files`, () => {
      const { status, output } = run(command, [
        { slug: 'aa-original' },
        { slug: 'zz-copy', frontMatter: { slug: 'aa-original' } },
      ]);
      expect(status).not.toBe(0);
      expect(output).toMatch(/zz-copy\.md:\d+\s+slug: duplicate slug "aa-original", already used by .*aa-original\.md/);
    });
  }

  it('lists every problem at once', () => {
    const { output } = run(
      'content:check',
      brokenCases.map(([, article]) => article),
    );
    expect(output).toMatch(/4 problem\(s\)/);
  });
});
