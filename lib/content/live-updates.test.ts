import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeContentFixture } from '../../test-support/content-fixture';
import { loadContent } from './load-content';

const LIVE = { status: 'live', coverageStart: '2026-11-01T08:00:00Z' };

function update(id: string, fields: string, body = 'What happened.') {
  return `---\nid: ${id}\nauthor: ada-writer\n${fields}\n---\n${body}\n`;
}

function load(live: Record<string, unknown>, updates: Record<string, string>, extraFolder?: string) {
  const { contentDir, publicDir } = makeContentFixture([{ slug: 'vote-live', frontMatter: { live } }]);
  process.env.PUBLIC_DIR = publicDir;
  const folder = path.join(contentDir, 'live', 'vote-live');
  fs.mkdirSync(folder, { recursive: true });
  for (const [id, text] of Object.entries(updates)) fs.writeFileSync(path.join(folder, `${id}.md`), text);
  if (extraFolder) fs.mkdirSync(path.join(contentDir, 'live', extraFolder));
  return loadContent(contentDir);
}

afterEach(() => {
  delete process.env.PUBLIC_DIR;
});

describe('live stories', () => {
  it('attaches the updates, newest first, with their key events', () => {
    const result = load(
      { ...LIVE, pinned: 'one' },
      {
        one: update('one', "publishedAt: 2026-11-01T08:05:00Z\nheadline: 'The vote opens'\nkeyEvent: true"),
        two: update('two', "publishedAt: 2026-11-01T09:00:00Z\nheadline: 'The count begins'"),
      },
    );
    expect(result.problems).toEqual([]);
    const live = result.articles[0]?.live;
    expect(live).toMatchObject({ status: 'live', pinned: 'one', coverageEnd: null });
    expect(live?.updates.map((u) => [u.id, u.keyEvent])).toEqual([
      ['two', false],
      ['one', true],
    ]);
  });

  it('names the file and field of every problem at once', () => {
    const result = load(
      { status: 'ended', coverageStart: '2026-11-01T08:00:00Z', pinned: 'gone' },
      {
        one: update('uno', "publishedAt: 2026-11-01T08:05:00Z\nheadline: 'The vote opens'"),
        two: update('two', "publishedAt: 2026-11-01T09:00:00Z\nheadline: 'The count'\nauthor2: x"),
        big: update('big', "publishedAt: 2026-11-01T09:00:00Z\nheadline: 'Too long'", 'x'.repeat(70_000)),
      },
      'orphan-story',
    );
    const found = result.problems.map((p) => `${path.basename(p.file)} ${p.field}: ${p.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'orphan-story (folder): no live story data/articles/orphan-story.md (with a live: block) owns these updates',
        'one.md id: "uno" must match the file name "one"',
        'two.md (front matter): unknown field(s): author2',
        'big.md (body): is longer than 64 KiB',
        'vote-live.md live.coverageEnd: is required once coverage has ended',
        'vote-live.md live.pinned: no update "gone" in data/live/vote-live/',
      ]),
    );
    expect(result.problems).toHaveLength(6);
  });

  it('refuses an unknown live status with the field named', () => {
    const result = load({ status: 'paused', coverageStart: '2026-11-01T08:00:00Z' }, {});
    expect(result.problems.map((p) => [p.field, p.message])).toEqual([['live.status', 'must be "live" or "ended"']]);
  });
});
