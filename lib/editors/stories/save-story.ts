import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { can, type DeskAction } from '../accounts/permissions';
import type { DeskActor } from '@/lib/editors/accounts/desk';
import { composeStory, slugErrors, type StoryTiming } from './compose-story';
import { deskStatePath, markStory } from './desk-state';
import type { StoryFields } from './story-fields';
import { NEW_STORY_VERSION, readStoryFile, storyPath, writeFileAtomic, type StoryFile } from './story-files';
import { commitFiles, contentRepository } from './story-git';
import { addError, checkStorySource, hasErrors, STORY_WIDE, type FieldErrors } from './validate-story';
import { localToIso } from './zoned-time';

export const STORY_INTENTS = ['draft', 'submit', 'schedule', 'publish', 'update', 'unpublish'] as const;
export type StoryIntent = (typeof STORY_INTENTS)[number];

/** The permission each action needs (accounts/permissions.ts). */
export const INTENT_NEEDS: Record<StoryIntent, DeskAction> = {
  draft: 'write',
  submit: 'submit',
  schedule: 'schedule',
  publish: 'publish',
  update: 'publish',
  unpublish: 'unpublish',
};

const COMMIT_VERB: Record<StoryIntent, string> = {
  draft: 'Save draft',
  submit: 'Submit',
  schedule: 'Schedule',
  publish: 'Publish',
  update: 'Update',
  unpublish: 'Unpublish',
};

/** The name a story is checked under while its slug is invalid (the slug's own errors are reported then). */
const UNNAMED_CANDIDATE = '.desk-candidate.md';

export interface SaveRequest {
  dir: string;
  actor: DeskActor;
  intent: StoryIntent;
  fields: StoryFields;
  /** The editor's IANA time zone, for the date-time fields. */
  zone: string;
  /** The version of the story the form was loaded from (NEW_STORY_VERSION for a new story). */
  version: string;
  /** The story's slug when the form was loaded; null for a new story. */
  originalSlug: string | null;
  now: number;
}

export type SaveOutcome =
  | { kind: 'saved'; slug: string; previousSlug: string | null; commit: string | null; inRepository: boolean }
  | { kind: 'invalid'; errors: FieldErrors }
  /** Someone saved (or removed) the story since this form was loaded: nothing was written. */
  | { kind: 'conflict'; theirs: StoryFile | null }
  | { kind: 'forbidden'; message: string };

/**
 * One desk action on one story: checked for permission, for a save in between (version), by the content check;
 * then written atomically and committed to git by the editor. Nothing is written unless every check passes.
 */
export async function saveStory(request: SaveRequest): Promise<SaveOutcome> {
  const { dir, actor, intent, fields, originalSlug } = request;
  if (!can(actor.role, INTENT_NEEDS[intent]))
    return { kind: 'forbidden', message: `Your role (${actor.role}) may not ${COMMIT_VERB[intent].toLowerCase()}.` };
  if (originalSlug !== null && slugErrors(originalSlug).length > 0)
    return { kind: 'forbidden', message: 'No such story.' };

  const existing = originalSlug === null ? null : readStoryFile(dir, originalSlug);
  if ((existing?.version ?? NEW_STORY_VERSION) !== request.version) return { kind: 'conflict', theirs: existing };

  // Every check runs, so that one save shows every problem at once.
  const errors: FieldErrors = {};
  const slugValid = slugErrors(fields.slug).length === 0;
  const before = existing ? storyState(existing.source) : null;
  if (before?.published && fields.slug !== originalSlug)
    addError(errors, 'slug', 'cannot change once the story has been published');
  const renamed = slugValid && fields.slug !== originalSlug;
  if (renamed && fs.existsSync(storyPath(dir, fields.slug)))
    addError(errors, 'slug', `is already used by another story ("${fields.slug}")`);
  const live: unknown = existing ? matter(existing.source, {}).data.live : undefined;
  const composed = composeStory(fields, timingFor(request, before, errors), live);
  const checkedFile = slugValid ? storyPath(dir, fields.slug) : path.join(dir, 'articles', UNNAMED_CANDIDATE);
  for (const found of [composed.errors, checkStorySource(dir, checkedFile, composed.source)])
    for (const [field, messages] of Object.entries(found))
      for (const message of messages) addError(errors, field, message);
  if (hasErrors(errors)) return { kind: 'invalid', errors };

  const file = storyPath(dir, fields.slug);
  writeFileAtomic(file, composed.source);
  const previousFile = renamed && originalSlug !== null ? storyPath(dir, originalSlug) : null;
  if (previousFile) fs.rmSync(previousFile, { force: true });
  markStory(dir, fields.slug, { submitted: intent === 'submit', unpublished: intent === 'unpublish' });

  const top = await contentRepository(dir);
  const changed = [file, deskStatePath(dir), ...(previousFile ? [previousFile] : [])];
  const commit = top ? await commitFiles(top, changed, actor, `${COMMIT_VERB[intent]}: ${fields.title.trim()}`) : null;
  return {
    kind: 'saved',
    slug: fields.slug,
    previousSlug: renamed ? originalSlug : null,
    commit,
    inRepository: top !== null,
  };
}

interface StoryState {
  published: boolean;
  publishedAt: string | null;
}

function storyState(source: string): StoryState {
  const { data } = matter(source, {});
  const at = data.publishedAt instanceof Date ? data.publishedAt.toISOString() : data.publishedAt;
  return { published: data.status === 'published', publishedAt: typeof at === 'string' ? at : null };
}

/** Status and times for the action; when it does not fit the story, an error and a draft's timing (to check the rest). */
function timingFor(request: SaveRequest, before: StoryState | null, errors: FieldErrors): StoryTiming {
  const { intent, fields, zone, now } = request;
  const nowIso = new Date(now).toISOString();
  const typed = fields.publishedAt.trim() === '' ? null : localToIso(fields.publishedAt, zone);
  if (fields.publishedAt.trim() !== '' && typed === null)
    addError(errors, 'publishedAt', 'must be a date and time such as 2026-12-05 09:30');
  const draft: StoryTiming = { status: 'draft', publishedAt: typed ?? nowIso, updatedAt: null };
  switch (intent) {
    case 'draft':
    case 'submit':
      if (before?.published)
        addError(errors, STORY_WIDE, 'This story is published: use "Update" to change it, or "Unpublish" first.');
      return draft;
    case 'schedule':
      if (typed === null || Date.parse(typed) <= now) {
        addError(errors, 'publishedAt', 'choose a time in the future to schedule the story');
        return draft;
      }
      return { status: 'published', publishedAt: typed, updatedAt: null };
    case 'publish':
      return { status: 'published', publishedAt: nowIso, updatedAt: null };
    case 'update':
    case 'unpublish':
      if (!before?.published || !before.publishedAt) {
        addError(
          errors,
          STORY_WIDE,
          `Only a published or scheduled story can be ${intent === 'update' ? 'updated' : 'unpublished'}.`,
        );
        return draft;
      }
      return intent === 'update'
        ? { status: 'published', publishedAt: before.publishedAt, updatedAt: nowIso }
        : { status: 'draft', publishedAt: before.publishedAt, updatedAt: null };
  }
}

/** Writes an earlier revision's text back as a new revision, with the same checks as a save. */
export async function restoreStory(request: {
  dir: string;
  actor: DeskActor;
  slug: string;
  source: string;
  revision: string;
  version: string;
}): Promise<SaveOutcome> {
  const { dir, actor, slug, source } = request;
  if (slugErrors(slug).length > 0) return { kind: 'forbidden', message: 'No such story.' };
  const restoredPublished = storyState(source).published;
  if (!can(actor.role, restoredPublished ? 'publish' : 'write'))
    return { kind: 'forbidden', message: `Your role (${actor.role}) may not restore a published revision.` };
  const existing = readStoryFile(dir, slug);
  if ((existing?.version ?? NEW_STORY_VERSION) !== request.version) return { kind: 'conflict', theirs: existing };
  const file = storyPath(dir, slug);
  const errors = checkStorySource(dir, file, source);
  if (hasErrors(errors)) return { kind: 'invalid', errors };
  writeFileAtomic(file, source);
  const top = await contentRepository(dir);
  const title = String(matter(source, {}).data.title ?? slug);
  const commit = top
    ? await commitFiles(top, [file], actor, `Restore revision ${request.revision.slice(0, 7)}: ${title}`)
    : null;
  return { kind: 'saved', slug, previousSlug: null, commit, inRepository: top !== null };
}
