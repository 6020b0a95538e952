import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_FRONT_PAGE_PICKS, readFrontPagePicks } from './front-page';
import type { ContentProblem } from './types';

function withFile(contents: string | null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'front-page-'));
  if (contents !== null) fs.writeFileSync(path.join(dir, 'front-page.json'), contents);
  const problems: ContentProblem[] = [];
  const picks = readFrontPagePicks(dir, new Set(['known-story', 'other-story']), problems);
  return { picks, problems };
}

describe('readFrontPagePicks', () => {
  it('is empty without a file', () => {
    expect(withFile(null)).toEqual({ picks: NO_FRONT_PAGE_PICKS, problems: [] });
  });

  it('reads a lead and top stories', () => {
    const { picks, problems } = withFile('{"lead":"known-story","top":["other-story"]}');
    expect(problems).toEqual([]);
    expect(picks).toEqual({ lead: 'known-story', top: ['other-story'] });
  });

  it('names the field of an unknown story', () => {
    const { problems } = withFile('{"lead":"known-story","top":["missing-story"]}');
    expect(problems.map((p) => [p.field, p.message])).toEqual([['top.0', 'unknown article "missing-story"']]);
  });

  it('reports broken JSON and too many picks', () => {
    expect(withFile('{').problems[0]?.message).toMatch(/cannot be read as JSON/);
    const many = JSON.stringify({ lead: null, top: ['a', 'b', 'c', 'd', 'e'] });
    expect(withFile(many).problems[0]).toMatchObject({ field: 'top', message: 'holds at most 4 stories' });
  });
});
