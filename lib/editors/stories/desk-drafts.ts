import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StoryFields } from './story-fields';
import type { StoryFile } from './story-files';
import { writeFileAtomic } from './story-files';
import type { FieldErrors } from './validate-story';

/**
 * Work in progress that is not (yet) a story file: autosaves while typing, and a save that was refused (invalid, or
 * someone saved in between), kept so nothing typed is lost. In data/.desk/autosave/, which no public page reads and
 * git ignores (data/.desk/.gitignore).
 */
export interface DeskDraft {
  id: string;
  /** The story the form was opened on; null for a new story. */
  originalSlug: string | null;
  /** The story's version when the form was loaded. */
  version: string;
  zone: string;
  fields: StoryFields;
  savedAt: string;
  errors?: FieldErrors;
  /** The story as someone else saved it, when this draft's save was refused for it. */
  conflict?: { theirs: StoryFile | null };
}

const DRAFT_ID = /^[\w-]{22}$/;

export function newDraftId(): string {
  return randomBytes(16).toString('base64url');
}

export function isDraftId(value: string): boolean {
  return DRAFT_ID.test(value);
}

function draftPath(dir: string, id: string): string {
  if (!isDraftId(id)) throw new Error('Not a draft id');
  return path.join(dir, '.desk', 'autosave', `${id}.json`);
}

export function saveDeskDraft(dir: string, draft: DeskDraft): void {
  writeFileAtomic(draftPath(dir, draft.id), JSON.stringify(draft));
}

export function readDeskDraft(dir: string, id: string): DeskDraft | null {
  if (!isDraftId(id)) return null;
  try {
    return JSON.parse(fs.readFileSync(draftPath(dir, id), 'utf8')) as DeskDraft;
  } catch {
    return null;
  }
}

export function removeDeskDraft(dir: string, id: string): void {
  if (isDraftId(id)) fs.rmSync(draftPath(dir, id), { force: true });
}

/** Autosaved drafts of stories that have no file yet, newest first, for the story list. */
export function listNewStoryDrafts(dir: string): DeskDraft[] {
  const folder = path.join(dir, '.desk', 'autosave');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readDeskDraft(dir, path.basename(name, '.json')))
    .filter((draft): draft is DeskDraft => draft !== null && draft.originalSlug === null)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
