import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContentRepository, type ContentRepository } from '@/test-support/content-repository';
import type { DeskActor } from '@/lib/editors/accounts/desk';
import { readDeskState } from './desk-state';
import { restoreStory, saveStory, type SaveRequest } from './save-story';
import { EMPTY_FIELDS, fieldsFromSource, type StoryFields } from './story-fields';
import { NEW_STORY_VERSION, readStoryFile } from './story-files';
import { diffBetween, fileAt, revisionsOf } from './story-git';

const editor: DeskActor = { id: 'e1', name: 'Edna Editor', email: 'edna@example.test', role: 'editor' };
const contributor: DeskActor = { id: 'c1', name: 'Carl Contributor', email: 'carl@example.test', role: 'contributor' };
const NOW = Date.parse('2026-12-05T08:00:00Z');
const ZONE = 'Asia/Shanghai';

let dir: string;
let root: string;

function fields(overrides: Partial<StoryFields> = {}): StoryFields {
  return {
    ...EMPTY_FIELDS,
    slug: 'port-strike-ends',
    title: 'Port strike ends after nine days of talks',
    dek: 'Dock workers accepted a three-year pay deal late on Thursday, reopening the busiest terminal.',
    section: 'business',
    tags: ['earnings'],
    authors: ['ada-writer'],
    'hero.src': '/images/articles/existing-story.webp',
    'hero.alt': 'Cranes over an empty quay at dusk',
    'hero.caption': 'The terminal was idle for nine days.',
    'hero.credit': 'Illustration: Meridian',
    body: 'Dock workers voted to accept the offer.\n\n## What changes\n\nPay rises by 4 per cent a year.',
    ...overrides,
  };
}

function request(overrides: Partial<SaveRequest> = {}): SaveRequest {
  return {
    dir,
    actor: editor,
    intent: 'draft',
    fields: fields(),
    zone: ZONE,
    version: NEW_STORY_VERSION,
    originalSlug: null,
    now: NOW,
    ...overrides,
  };
}

let repository: ContentRepository;
const git = (...args: string[]) => repository.git(...args);

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
}

beforeEach(() => {
  repository = makeContentRepository([{ slug: 'existing-story' }]);
  ({ dir, root } = repository);
});

afterEach(() => repository.remove());

describe('saveStory', () => {
  it('writes a new draft and commits it as the editor', async () => {
    const outcome = await saveStory(request());
    expect(outcome).toMatchObject({ kind: 'saved', slug: 'port-strike-ends', inRepository: true });
    const file = readStoryFile(dir, 'port-strike-ends')!;
    expect(file.source).toContain('status: draft');
    expect(git('log', '-1', '--format=%an <%ae>|%s')).toBe(
      'Edna Editor <edna@example.test>|Save draft: Port strike ends after nine days of talks\n',
    );
    expect(git('status', '--porcelain')).toBe('');
  });

  it('never writes an invalid story, and names the field', async () => {
    const before = filesUnder(root);
    const long = await saveStory(request({ fields: fields({ title: 'x'.repeat(5000) }) }));
    expect(long).toMatchObject({ kind: 'invalid', errors: { title: ['must be at most 140 characters'] } });
    const escape = await saveStory(request({ fields: fields({ slug: '../../evil', title: 'Short' }) }));
    expect(escape).toMatchObject({
      kind: 'invalid',
      errors: { slug: ['must be lowercase words joined by hyphens'], title: ['must be at least 10 characters'] },
    });
    const html = await saveStory(
      request({
        fields: fields({ dek: 'A dek with <script>alert(1)</script> inside it', body: '<img src=x onerror=alert(1)>' }),
      }),
    );
    expect(html.kind === 'invalid' && Object.keys(html.errors).sort()).toEqual(['body', 'dek']);
    const untagged = await saveStory(request({ fields: fields({ tags: [] }) }));
    expect(untagged).toMatchObject({ kind: 'invalid', errors: { tags: ['needs at least one tag'] } });
    const unknown = await saveStory(request({ fields: fields({ section: 'gossip' }) }));
    expect(unknown).toMatchObject({
      kind: 'invalid',
      errors: { section: ['unknown section "gossip" (not in sections.json)'] },
    });
    expect(filesUnder(root)).toEqual(before);
    expect(filesUnder(path.dirname(root)).filter((name) => name === 'evil.md')).toEqual([]);
  });

  it('refuses a save over a version it did not load, keeping both', async () => {
    await saveStory(request());
    const loaded = readStoryFile(dir, 'port-strike-ends')!;
    const first = await saveStory(
      request({
        originalSlug: 'port-strike-ends',
        version: loaded.version,
        fields: fields({ title: 'First editor changes the headline' }),
      }),
    );
    expect(first.kind).toBe('saved');
    const second = await saveStory(
      request({
        originalSlug: 'port-strike-ends',
        version: loaded.version,
        fields: fields({ title: 'Second editor changes it too' }),
      }),
    );
    expect(second.kind).toBe('conflict');
    expect(second.kind === 'conflict' && second.theirs?.source).toContain('First editor changes the headline');
    expect(readStoryFile(dir, 'port-strike-ends')!.source).toContain('First editor changes the headline');
  });

  it('schedules only in the future, publishes, updates with updatedAt and unpublishes', async () => {
    await saveStory(request());
    const version = () => readStoryFile(dir, 'port-strike-ends')!.version;
    const at = { originalSlug: 'port-strike-ends' };
    const past = await saveStory(
      request({ ...at, version: version(), intent: 'schedule', fields: fields({ publishedAt: '2026-12-05T15:00' }) }),
    );
    expect(past).toMatchObject({
      kind: 'invalid',
      errors: { publishedAt: ['choose a time in the future to schedule the story'] },
    });
    const scheduled = await saveStory(
      request({ ...at, version: version(), intent: 'schedule', fields: fields({ publishedAt: '2026-12-05T17:30' }) }),
    );
    expect(scheduled.kind).toBe('saved');
    expect(readStoryFile(dir, 'port-strike-ends')!.source).toMatch(
      /publishedAt: '2026-12-05T09:30:00.000Z'[\s\S]*status: published/,
    );
    const later = NOW + 3 * 3600_000;
    await saveStory(
      request({
        ...at,
        version: version(),
        intent: 'update',
        now: later,
        fields: fields({ title: 'Port strike ends with a pay deal' }),
      }),
    );
    const updated = readStoryFile(dir, 'port-strike-ends')!.source;
    expect(updated).toContain(`updatedAt: '${new Date(later).toISOString()}'`);
    expect(updated).toContain("publishedAt: '2026-12-05T09:30:00.000Z'");
    const renamed = await saveStory(
      request({ ...at, version: version(), intent: 'update', fields: fields({ slug: 'another-slug' }) }),
    );
    expect(renamed).toMatchObject({
      kind: 'invalid',
      errors: { slug: ['cannot change once the story has been published'] },
    });
    await saveStory(request({ ...at, version: version(), intent: 'unpublish', now: later }));
    expect(readStoryFile(dir, 'port-strike-ends')!.source).toContain('status: draft');
    expect(readDeskState(dir).unpublished).toEqual(['port-strike-ends']);
  });

  it('lets a contributor write and submit but not schedule, publish or unpublish', async () => {
    expect((await saveStory(request({ actor: contributor, intent: 'submit' }))).kind).toBe('saved');
    expect(readDeskState(dir).submitted).toEqual(['port-strike-ends']);
    for (const intent of ['schedule', 'publish', 'update', 'unpublish'] as const)
      expect((await saveStory(request({ actor: contributor, intent }))).kind).toBe('forbidden');
  });

  it('renames a draft with its slug, removing the old file in the same commit', async () => {
    await saveStory(request());
    const version = readStoryFile(dir, 'port-strike-ends')!.version;
    await saveStory(
      request({ originalSlug: 'port-strike-ends', version, fields: fields({ slug: 'port-strike-over' }) }),
    );
    expect(fs.existsSync(path.join(dir, 'articles', 'port-strike-ends.md'))).toBe(false);
    expect(
      git('show', '--no-renames', '--name-status', '--format=', 'HEAD').split('\n').filter(Boolean).sort(),
    ).toEqual(['A\tdata/articles/port-strike-over.md', 'D\tdata/articles/port-strike-ends.md']);
  });

  it('keeps history: revisions, a diff between two, and restore as a new revision', async () => {
    await saveStory(request());
    const file = path.join(dir, 'articles', 'port-strike-ends.md');
    for (const title of ['Second headline for the port story', 'Third headline for the port story']) {
      const version = readStoryFile(dir, 'port-strike-ends')!.version;
      await saveStory(request({ originalSlug: 'port-strike-ends', version, fields: fields({ title }) }));
    }
    const revisions = await revisionsOf(root, file);
    expect(revisions.map((r) => r.author)).toEqual(['Edna Editor', 'Edna Editor', 'Edna Editor']);
    const first = revisions[2]!.commit;
    expect(await diffBetween(root, first, revisions[0]!.commit, file)).toContain(
      '+title: Third headline for the port story',
    );
    const outcome = await restoreStory({
      dir,
      actor: editor,
      slug: 'port-strike-ends',
      source: await fileAt(root, first, file),
      revision: first,
      version: readStoryFile(dir, 'port-strike-ends')!.version,
    });
    expect(outcome.kind).toBe('saved');
    expect(readStoryFile(dir, 'port-strike-ends')!.source).toContain(
      'title: Port strike ends after nine days of talks',
    );
    expect(await revisionsOf(root, file)).toHaveLength(4);
  });

  it('still saves where the content folder is in no git repository', async () => {
    fs.rmSync(path.join(root, '.git'), { recursive: true });
    expect(await saveStory(request())).toMatchObject({ kind: 'saved', commit: null, inRepository: false });
  });

  it('reads a saved file back into the same fields', async () => {
    const typed = fields({
      publishedAt: '2026-12-04T10:15',
      tags: ['earnings', 'bonds'],
      redirectFrom: 'old-port-story',
    });
    await saveStory(request({ fields: typed }));
    const back = fieldsFromSource(readStoryFile(dir, 'port-strike-ends')!.source, ZONE);
    expect(back).toEqual({ ...typed, body: `${typed.body}\n` });
  });
});
