import matter from 'gray-matter';
import { slugSchema } from '@/lib/content/schema';
import type { StoryFields } from './story-fields';
import { addError, type FieldErrors } from './validate-story';

/** Status and times, as the chosen action sets them (publish-actions.ts). */
export interface StoryTiming {
  status: 'draft' | 'published';
  publishedAt: string;
  updatedAt: string | null;
}

const PLAIN_TEXT_FIELDS = ['title', 'dek', 'hero.alt', 'hero.caption', 'hero.credit'] as const;
/** An HTML tag where plain text or Markdown belongs: the desk refuses it at the field (the pages would drop it). */
export const HTML_TAG = /<\/?[a-z!?][^>]*>/i;

/**
 * The file text for a story, or what stops it being one before the content check runs: HTML where plain text or
 * Markdown belongs (the public pages would escape or strip it, but an editor should know at the field), numbers
 * that are not numbers. Key order follows the hand-written stories.
 */
export function composeStory(
  fields: StoryFields,
  timing: StoryTiming,
  /** A live story's `live:` block, kept as it is: the live desk changes it (decision 017), the story form does not. */
  live?: unknown,
): { source: string; errors: FieldErrors } {
  const errors: FieldErrors = {};
  for (const name of PLAIN_TEXT_FIELDS)
    if (HTML_TAG.test(fields[name]))
      addError(errors, name, 'must be plain text: HTML tags such as <script> are not allowed');
  if (HTML_TAG.test(fields.body))
    addError(errors, 'body', 'must be Markdown: HTML tags such as <script> are not allowed (use the toolbar instead)');
  const number = (name: 'priority' | 'hero.width' | 'hero.height') => {
    const raw = fields[name].trim();
    if (raw === '') return undefined;
    if (!/^\d{1,6}$/.test(raw)) addError(errors, name, 'must be a whole number');
    return Number(raw);
  };
  const redirectFrom = fields.redirectFrom
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const data: Record<string, unknown> = {
    slug: fields.slug,
    title: fields.title,
    dek: fields.dek,
    section: fields.section,
    tags: fields.tags,
    authors: fields.authors,
    publishedAt: timing.publishedAt,
    ...(timing.updatedAt ? { updatedAt: timing.updatedAt } : {}),
    status: timing.status,
    ...(fields.priority.trim() ? { priority: number('priority') } : {}),
    hero: {
      src: fields['hero.src'],
      alt: fields['hero.alt'],
      caption: fields['hero.caption'],
      credit: fields['hero.credit'],
      width: number('hero.width'),
      height: number('hero.height'),
    },
    ...(redirectFrom.length > 0 ? { redirectFrom } : {}),
    ...(live ? { live } : {}),
  };
  const body = fields.body.endsWith('\n') ? fields.body : `${fields.body}\n`;
  return { source: matter.stringify(body, data), errors };
}

/** The slug's own rules, checked before it names any file. */
export function slugErrors(slug: string): string[] {
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}
