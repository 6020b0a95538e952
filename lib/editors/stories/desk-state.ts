import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { slugSchema } from '@/lib/content/schema';
import { writeFileAtomic } from './story-files';

/**
 * What the desk knows beyond the story files, kept beside them in data/.desk/state.json (never public, in git with
 * the stories): stories submitted for an editor's review, and stories taken down, whose URLs answer 410 Gone.
 */
const stateSchema = z.object({
  submitted: z.array(slugSchema).default([]),
  unpublished: z.array(slugSchema).default([]),
});

export type DeskState = z.infer<typeof stateSchema>;

export function deskStatePath(dir: string): string {
  return path.join(dir, '.desk', 'state.json');
}

export function readDeskState(dir: string): DeskState {
  const file = deskStatePath(dir);
  if (!fs.existsSync(file)) return { submitted: [], unpublished: [] };
  try {
    return stateSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return { submitted: [], unpublished: [] };
  }
}

/** Sets whether a slug is in each list; true when the file changed. */
export function markStory(dir: string, slug: string, marks: { submitted: boolean; unpublished: boolean }): boolean {
  const state = readDeskState(dir);
  const next: DeskState = {
    submitted: toggle(state.submitted, slug, marks.submitted),
    unpublished: toggle(state.unpublished, slug, marks.unpublished),
  };
  if (JSON.stringify(next) === JSON.stringify(state)) return false;
  writeFileAtomic(deskStatePath(dir), `${JSON.stringify(next, null, 2)}\n`);
  return true;
}

function toggle(list: string[], slug: string, present: boolean): string[] {
  const without = list.filter((s) => s !== slug);
  return present ? [...without, slug].sort() : without;
}
