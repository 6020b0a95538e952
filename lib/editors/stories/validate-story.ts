import path from 'node:path';
import { loadContent, type ArticleFileCache } from '@/lib/content/load-content';

/** Messages by form field ('title', 'hero.alt', …); '(story)' holds what belongs to no one field. */
export type FieldErrors = Record<string, string[]>;

export const STORY_WIDE = '(story)';

// Kept for the process, as the content store keeps its own: a check re-reads only files changed since the last.
const files: ArticleFileCache = new Map();

/**
 * The content check (`npm run content:check`: the same schema and cross-checks against the registries, the other
 * stories, links and images) run on the folder as it would be with this story's file written, without writing it.
 */
export function checkStorySource(dir: string, file: string, source: string): FieldErrors {
  const snapshot = loadContent(dir, { candidate: { file, source }, cache: files, bodies: 'changed' });
  const errors: FieldErrors = {};
  for (const problem of snapshot.problems) {
    if (path.basename(problem.file) !== path.basename(file)) continue;
    addError(errors, fieldOf(problem.field), problem.message);
  }
  return errors;
}

export function addError(errors: FieldErrors, field: string, message: string): void {
  const messages = (errors[field] ??= []);
  if (!messages.includes(message)) messages.push(message);
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** "tags.2" to "tags", "hero.alt" stays: the name of the form control. */
function fieldOf(problemField: string): string {
  const [first, second] = problemField.split('.');
  if (first === 'hero' && second) return `hero.${second}`;
  return first && !first.startsWith('(') ? first : STORY_WIDE;
}
