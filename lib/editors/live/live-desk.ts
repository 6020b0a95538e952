import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { listAuthorRecords } from '@/lib/content/load-content';
import { liveFolder, parseLiveUpdate } from '@/lib/content/live-updates';
import { LIVE_UPDATE_BODY_LIMIT, liveUpdateIdSchema } from '@/lib/content/schema';
import type { DeskActor } from '@/lib/editors/accounts/desk';
import { can, type DeskAction } from '@/lib/editors/accounts/permissions';
import { HTML_TAG } from '@/lib/editors/stories/compose-story';
import { storyPath, writeFileAtomic } from '@/lib/editors/stories/story-files';
import { commitFiles, contentRepository } from '@/lib/editors/stories/story-git';
import { checkStorySource, hasErrors } from '@/lib/editors/stories/validate-story';

export const LIVE_ACTIONS = ['start', 'post', 'edit', 'delete', 'key', 'unkey', 'pin', 'unpin', 'end'] as const;
export type LiveAction = (typeof LIVE_ACTIONS)[number];

/** Contributors post, edit, delete and mark key events; starting, pinning and ending coverage are an editor's call. */
export const LIVE_ACTION_NEEDS: Record<LiveAction, DeskAction> = {
  start: 'publish',
  post: 'write',
  edit: 'write',
  delete: 'write',
  key: 'write',
  unkey: 'write',
  pin: 'publish',
  unpin: 'publish',
  end: 'publish',
};

const VERB: Record<LiveAction, string> = {
  start: 'Start live coverage',
  post: 'Post update',
  edit: 'Edit update',
  delete: 'Delete update',
  key: 'Mark key event',
  unkey: 'Unmark key event',
  pin: 'Pin update',
  unpin: 'Unpin update',
  end: 'End coverage',
};

export interface LiveChange {
  dir: string;
  actor: DeskActor;
  slug: string;
  action: LiveAction;
  /** The update acted on (every action but post and end). */
  id: string;
  headline: string;
  body: string;
  author: string;
  keyEvent: boolean;
  now: number;
}

export type LiveOutcome =
  | { kind: 'saved'; id: string | null; commit: string | null; inRepository: boolean; listsChanged: boolean }
  | { kind: 'refused'; status: 400 | 403 | 404 | 409 | 413; message: string };

const refuse = (status: 400 | 403 | 404 | 409 | 413, message: string): LiveOutcome => ({
  kind: 'refused',
  status,
  message,
});

// One change at a time per process: two posts at once would otherwise race for git's index.
let queue: Promise<unknown> = Promise.resolve();

/**
 * One desk change to a live story (decision 017): checked for the role, the story and the update, then written
 * atomically and committed to git by the editor. Nothing is written unless every check passes.
 */
export function changeLiveStory(change: LiveChange): Promise<LiveOutcome> {
  const run = queue.then(() => applyChange(change));
  queue = run.catch(() => undefined);
  return run;
}

async function applyChange(change: LiveChange): Promise<LiveOutcome> {
  const { dir, actor, slug, action, id } = change;
  if (!can(actor.role, LIVE_ACTION_NEEDS[action]))
    return refuse(403, `Your role (${actor.role}) may not ${VERB[action].toLowerCase()}.`);
  let file: string;
  try {
    file = storyPath(dir, slug);
  } catch {
    return refuse(404, 'No such live story.');
  }
  const story = fs.existsSync(file) ? matter(fs.readFileSync(file, 'utf8'), {}) : null;
  if (!story) return refuse(404, `No story "${slug}".`);
  const live = story.data.live as Record<string, unknown> | undefined;
  if (action === 'start' && live) return refuse(409, 'This story has live coverage already.');
  if (action !== 'start' && (!live || typeof live !== 'object')) return refuse(404, `No live story "${slug}".`);
  if (live?.status === 'ended' && (action === 'post' || action === 'end'))
    return refuse(409, 'Coverage of this story has ended.');

  const folder = liveFolder(dir, slug);
  // Starting and ending coverage concern the story alone; every other action names an update, or makes one.
  const storyOnly = action === 'start' || action === 'end';
  const updateFile =
    action === 'post' ? path.join(folder, `${newUpdateId(change.now)}.md`) : storyOnly ? '' : updatePath(folder, id);
  if (updateFile === null) return refuse(404, `No update "${id.slice(0, 40)}" in this story.`);
  const existing = action === 'post' || storyOnly ? null : matter(fs.readFileSync(updateFile, 'utf8'), {});
  const writes: { file: string; source: string | null }[] = [];
  const storyWith = (changes: Record<string, unknown>) => {
    const next: Record<string, unknown> = { ...live, ...changes };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    return { file, source: matter.stringify(story.content, { ...story.data, live: next }) };
  };

  switch (action) {
    case 'post':
    case 'edit': {
      const problem = checkFields(change);
      if (problem) return problem;
      const data = {
        id: path.basename(updateFile, '.md'),
        author: change.author,
        publishedAt: existing ? existing.data.publishedAt : new Date(change.now).toISOString(),
        ...(existing ? { updatedAt: new Date(change.now).toISOString() } : {}),
        headline: change.headline.trim(),
        ...((existing ? existing.data.keyEvent : change.keyEvent) ? { keyEvent: true } : {}),
      };
      writes.push({ file: updateFile, source: matter.stringify(withNewline(change.body), data) });
      break;
    }
    case 'key':
    case 'unkey': {
      const data: Record<string, unknown> = { ...existing!.data, keyEvent: true };
      if (action === 'unkey') delete data.keyEvent;
      writes.push({ file: updateFile, source: matter.stringify(existing!.content, data) });
      break;
    }
    case 'delete':
      if (live?.pinned === id) {
        if (!can(actor.role, 'publish'))
          return refuse(403, `Your role (${actor.role}) may not delete the pinned update: an editor unpins it first.`);
        writes.push(storyWith({ pinned: undefined }));
      }
      writes.push({ file: updateFile, source: null });
      break;
    case 'pin':
      writes.push(storyWith({ pinned: id }));
      break;
    case 'unpin':
      writes.push(storyWith({ pinned: undefined }));
      break;
    case 'start':
      writes.push(storyWith({ status: 'live', coverageStart: new Date(change.now).toISOString() }));
      break;
    case 'end':
      writes.push(storyWith({ status: 'ended', coverageEnd: new Date(change.now).toISOString() }));
      break;
  }

  const invalid = checkWrites(dir, writes);
  if (invalid) return refuse(400, invalid);
  for (const write of writes) {
    if (write.source === null) fs.rmSync(write.file, { force: true });
    else writeFileAtomic(write.file, write.source);
  }
  const top = await contentRepository(dir);
  const headline = String((existing?.data.headline as string | undefined) ?? change.headline).trim();
  const subject = `${VERB[action]}: ${String(story.data.title)}${storyOnly ? '' : ` / ${headline}`}`;
  const commit = top ? await commitFiles(top, [...new Set(writes.map((w) => w.file))], actor, subject) : null;
  return {
    kind: 'saved',
    id: storyOnly ? null : path.basename(updateFile, '.md'),
    commit,
    inRepository: top !== null,
    listsChanged: storyOnly,
  };
}

function checkFields(change: LiveChange): LiveOutcome | null {
  if (Buffer.byteLength(change.body) > LIVE_UPDATE_BODY_LIMIT)
    return refuse(
      413,
      `The update's text is longer than ${LIVE_UPDATE_BODY_LIMIT / 1024} KiB: shorten it or split it.`,
    );
  if (HTML_TAG.test(change.headline)) return refuse(400, 'The headline must be plain text: HTML tags are not allowed.');
  if (HTML_TAG.test(change.body))
    return refuse(400, 'The text must be Markdown: HTML tags such as <script> are not allowed.');
  return null;
}

/** The content check's rules on every file about to be written: the update's own, the story's through the check. */
function checkWrites(dir: string, writes: { file: string; source: string | null }[]): string | null {
  const authors = new Set(listAuthorRecords(dir).map((a) => a.slug));
  for (const { file, source } of writes) {
    if (source === null) continue;
    if (path.extname(file) === '.md' && path.basename(path.dirname(path.dirname(file))) === 'live') {
      const head = source.slice(0, source.indexOf('\n---', 3) + 4);
      const parsed = parseLiveUpdate(file, head, Buffer.byteLength(source) - Buffer.byteLength(head), authors);
      if ('problems' in parsed) return parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    } else {
      const errors = checkStorySource(dir, file, source);
      if (hasErrors(errors))
        return Object.entries(errors)
          .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
          .join('; ');
    }
  }
  return null;
}

/** The file of an existing update, or null: only a valid id names one, so no input reaches outside the folder. */
function updatePath(folder: string, id: string): string | null {
  if (!liveUpdateIdSchema.safeParse(id).success) return null;
  const file = path.join(folder, `${id}.md`);
  return fs.existsSync(file) ? file : null;
}

/** 20261205-091200-a3f: sorts by time, and two updates in the same second still get their own files. */
export function newUpdateId(now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(2).toString('hex').slice(0, 3)}`;
}

function withNewline(text: string): string {
  const normalised = text.replace(/\r\n/g, '\n');
  return normalised.endsWith('\n') ? normalised : `${normalised}\n`;
}
