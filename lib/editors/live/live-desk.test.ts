import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContentRepository, type ContentRepository } from '@/test-support/content-repository';
import { loadContent } from '@/lib/content/load-content';
import type { DeskActor } from '@/lib/editors/accounts/desk';
import { saveStory } from '@/lib/editors/stories/save-story';
import { fieldsFromSource } from '@/lib/editors/stories/story-fields';
import { versionOf } from '@/lib/editors/stories/story-files';
import { changeLiveStory, newUpdateId, type LiveChange, type LiveOutcome } from './live-desk';

const editor: DeskActor = { id: 'e1', name: 'Edna Editor', email: 'edna@example.test', role: 'editor' };
const contributor: DeskActor = { id: 'c1', name: 'Carl Contributor', email: 'carl@example.test', role: 'contributor' };
const NOW = Date.parse('2026-12-05T08:00:00Z');
const SLUG = 'vote-live';

let repository: ContentRepository;
let dir: string;

const git = (...args: string[]) => repository.git(...args).trim();
const storySource = () => fs.readFileSync(path.join(dir, 'articles', `${SLUG}.md`), 'utf8');
const liveStory = (snapshot: ReturnType<typeof loadContent>) => snapshot.articles.find((a) => a.slug === SLUG)!.live!;
const updates = () => liveStory(loadContent(dir)).updates;

function change(overrides: Partial<LiveChange>): Promise<LiveOutcome> {
  return changeLiveStory({
    dir,
    actor: editor,
    slug: SLUG,
    action: 'post',
    id: '',
    headline: 'The count begins',
    body: 'Voting closed at **12:28**.',
    author: 'ada-writer',
    keyEvent: false,
    now: NOW,
    ...overrides,
  });
}

beforeEach(() => {
  repository = makeContentRepository([
    { slug: SLUG, frontMatter: { live: { status: 'live', coverageStart: '2026-11-01T08:00:00Z' } } },
    { slug: 'plain-story' },
  ]);
  dir = repository.dir;
});

afterEach(() => repository.remove());

describe('changeLiveStory', () => {
  it('posts an update as a file the content check accepts, committed by the editor', async () => {
    const outcome = await change({ keyEvent: true });
    expect(outcome).toMatchObject({ kind: 'saved', inRepository: true, listsChanged: false });
    expect(loadContent(dir).problems).toEqual([]);
    expect(updates()).toMatchObject([{ headline: 'The count begins', keyEvent: true, authorSlug: 'ada-writer' }]);
    expect(git('log', '-1', '--format=%an|%s')).toBe(
      'Edna Editor|Post update: Headline for vote live / The count begins',
    );
  });

  it('lets a contributor post but not pin or end coverage, and writes nothing then', async () => {
    const posted = await change({ actor: contributor });
    expect(posted.kind).toBe('saved');
    const id = updates()[0]!.id;
    const before = { story: storySource(), head: git('rev-parse', 'HEAD') };
    for (const action of ['pin', 'end'] as const)
      expect(await change({ actor: contributor, action, id })).toMatchObject({ kind: 'refused', status: 403 });
    expect({ story: storySource(), head: git('rev-parse', 'HEAD') }).toEqual(before);
  });

  it('refuses HTML, an oversized body and an unknown update, writing nothing', async () => {
    expect(await change({ body: 'Hi <script>alert(1)</script>' })).toMatchObject({ kind: 'refused', status: 400 });
    expect(await change({ body: 'x'.repeat(64 * 1024 + 1) })).toMatchObject({ kind: 'refused', status: 413 });
    expect(await change({ action: 'edit', id: '../../articles/vote-live' })).toMatchObject({ status: 404 });
    expect(await change({ author: 'nobody' })).toMatchObject({ kind: 'refused', status: 400 });
    expect(fs.existsSync(path.join(dir, 'live', SLUG))).toBe(false);
  });

  it('pins, then deletes the pinned update and its pin in one commit; ends coverage', async () => {
    await change({});
    const id = updates()[0]!.id;
    expect(await change({ action: 'pin', id })).toMatchObject({ kind: 'saved' });
    expect(liveStory(loadContent(dir)).pinned).toBe(id);
    expect(await change({ action: 'delete', id })).toMatchObject({ kind: 'saved' });
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      `data/articles/${SLUG}.md`,
      `data/live/${SLUG}/${id}.md`,
    ]);
    expect(await change({ action: 'end' })).toMatchObject({ kind: 'saved', listsChanged: true });
    const snapshot = loadContent(dir);
    expect(snapshot.problems).toEqual([]);
    expect(liveStory(snapshot)).toMatchObject({ status: 'ended', pinned: null, updates: [] });
    expect(liveStory(snapshot).coverageEnd).toBe(new Date(NOW).toISOString());
    expect(await change({})).toMatchObject({ kind: 'refused', status: 409 });
  });

  it('edits an update: new text and updatedAt, the same time, id and key event', async () => {
    await change({ keyEvent: true });
    const [posted] = updates();
    const later = NOW + 60_000;
    expect(await change({ action: 'edit', id: posted!.id, headline: 'The count is in', now: later })).toMatchObject({
      kind: 'saved',
      id: posted!.id,
    });
    expect(updates()).toMatchObject([
      {
        id: posted!.id,
        headline: 'The count is in',
        keyEvent: true,
        publishedAt: posted!.publishedAt,
        updatedAt: new Date(later).toISOString(),
      },
    ]);
  });

  it("keeps the live block when the story form updates the story's summary", async () => {
    const source = storySource();
    const fields = { ...fieldsFromSource(source, 'UTC'), body: 'A new summary of the vote.' };
    const request = { dir, actor: editor, fields, zone: 'UTC', now: NOW };
    const saved = await saveStory({ ...request, intent: 'update', version: versionOf(source), originalSlug: SLUG });
    expect(saved.kind).toBe('saved');
    const snapshot = loadContent(dir);
    expect(snapshot.problems).toEqual([]);
    expect(liveStory(snapshot)).toMatchObject({ status: 'live', coverageStart: '2026-11-01T08:00:00.000Z' });
  });

  it('starts live coverage of an ordinary story (editors only), then takes updates', async () => {
    const other = { slug: 'plain-story' };
    expect(await change({ ...other, action: 'start', actor: contributor })).toMatchObject({ status: 403 });
    expect(await change({ ...other, action: 'start' })).toMatchObject({ kind: 'saved', listsChanged: true });
    expect(await change({ ...other, action: 'start' })).toMatchObject({ kind: 'refused', status: 409 });
    expect(await change({ ...other })).toMatchObject({ kind: 'saved' });
    const snapshot = loadContent(dir);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.articles.find((a) => a.slug === 'plain-story')!.live).toMatchObject({
      status: 'live',
      coverageStart: new Date(NOW).toISOString(),
      updates: [{ headline: 'The count begins' }],
    });
  });

  it('makes update ids that sort by time', () => {
    expect(newUpdateId(NOW)).toMatch(/^20261205-080000-[0-9a-f]{3}$/);
  });
});
