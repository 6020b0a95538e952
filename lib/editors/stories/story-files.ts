import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { slugSchema } from '@/lib/content/schema';

/** A story file as loaded, with the version the form sends back so a save can tell if someone saved in between. */
export interface StoryFile {
  source: string;
  version: string;
}

/** The version of a story that has no file yet. */
export const NEW_STORY_VERSION = 'new';

export function versionOf(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 32);
}

/** The file of a story; only a valid slug names one, so no input can reach outside data/articles/. */
export function storyPath(dir: string, slug: string): string {
  if (!slugSchema.safeParse(slug).success) throw new Error(`Not a story slug: ${JSON.stringify(slug.slice(0, 80))}`);
  return path.join(dir, 'articles', `${slug}.md`);
}

export function readStoryFile(dir: string, slug: string): StoryFile | null {
  const file = storyPath(dir, slug);
  if (!fs.existsSync(file)) return null;
  const source = fs.readFileSync(file, 'utf8');
  return { source, version: versionOf(source) };
}

/** The version a story has on disk now: its hash, or NEW_STORY_VERSION when there is no file. */
export function currentVersion(dir: string, slug: string): string {
  return readStoryFile(dir, slug)?.version ?? NEW_STORY_VERSION;
}

/** Writes a whole file or nothing: a reader (or a crash) sees the old text or the new, never half of one. */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(temporary, 'wx');
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
