import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContentFixture } from '@/test-support/content-fixture';
import { listDeskStories } from './desk-list';
import { markStory } from './desk-state';
import { isUnpublishedStory } from './gone-stories';

let dir: string;
const NOW = Date.parse('2026-12-05T08:00:00Z');

beforeEach(() => {
  const fixture = makeContentFixture([
    { slug: 'live-story' },
    { slug: 'future-story', frontMatter: { publishedAt: '2027-01-01T08:00:00Z', updatedAt: '2027-01-01T08:00:00Z' } },
    { slug: 'draft-story', frontMatter: { status: 'draft' } },
    { slug: 'sent-story', frontMatter: { status: 'draft' } },
  ]);
  dir = fixture.contentDir;
  process.env.CONTENT_DIR = dir;
  process.env.PUBLIC_DIR = fixture.publicDir;
});

afterEach(() => {
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  delete process.env.CONTENT_DIR;
  delete process.env.PUBLIC_DIR;
});

const slugs = (list: { slug: string }[]) => list.map((s) => s.slug);

describe('listDeskStories', () => {
  it('sorts stories by state, with submitted and unpublished from the desk state', () => {
    markStory(dir, 'sent-story', { submitted: true, unpublished: false });
    markStory(dir, 'draft-story', { submitted: false, unpublished: true });
    const { stories } = listDeskStories(dir, NOW);
    expect(slugs(stories.published)).toEqual(['live-story']);
    expect(slugs(stories.scheduled)).toEqual(['future-story']);
    expect(slugs(stories.submitted)).toEqual(['sent-story']);
    expect(slugs(stories.unpublished)).toEqual(['draft-story']);
    expect(isUnpublishedStory('draft-story')).toBe(true);
    expect(isUnpublishedStory('live-story')).toBe(false);
  });

  it('shows a file changed on disk by hand at once, and a broken one as a problem', () => {
    expect(listDeskStories(dir, NOW).stories.published[0]!.title).toBe('Headline for live story');
    const file = path.join(dir, 'articles', 'live-story.md');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('Headline for live story', 'Edited by hand in an editor'),
    );
    fs.writeFileSync(path.join(dir, 'articles', 'broken.md'), '---\ntitle: [unclosed\n---\n');
    const list = listDeskStories(dir, NOW);
    expect(list.stories.published[0]!.title).toBe('Edited by hand in an editor');
    expect(list.problems.map((p) => p.file)).toContain('broken.md');
  });
});
