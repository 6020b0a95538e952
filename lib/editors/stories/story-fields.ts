import matter from 'gray-matter';
import { isoToLocal } from './zoned-time';

/**
 * A story as the desk's form holds it: every front matter field as typed (times as wall-clock values in the
 * editor's zone), named as the front matter paths so that errors from the content check land next to their field.
 */
export interface StoryFields {
  slug: string;
  title: string;
  dek: string;
  section: string;
  tags: string[];
  authors: string[];
  publishedAt: string;
  updatedAt: string;
  priority: string;
  'hero.src': string;
  'hero.alt': string;
  'hero.caption': string;
  'hero.credit': string;
  'hero.width': string;
  'hero.height': string;
  redirectFrom: string;
  body: string;
}

export const TEXT_FIELDS = [
  'slug',
  'title',
  'dek',
  'section',
  'publishedAt',
  'updatedAt',
  'priority',
  'hero.src',
  'hero.alt',
  'hero.caption',
  'hero.credit',
  'hero.width',
  'hero.height',
  'redirectFrom',
  'body',
] as const;

export const EMPTY_FIELDS: StoryFields = {
  ...(Object.fromEntries(TEXT_FIELDS.map((name) => [name, ''])) as Omit<StoryFields, 'tags' | 'authors'>),
  tags: [],
  authors: [],
  'hero.width': '1600',
  'hero.height': '900',
};

/** A posted form (urlencoded) as fields; anything else in it is ignored. */
export function fieldsFromForm(form: URLSearchParams): StoryFields {
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, form.get(name) ?? ''])) as Omit<
    StoryFields,
    'tags' | 'authors'
  >;
  return {
    ...text,
    body: text.body.replace(/\r\n/g, '\n'),
    tags: form.getAll('tags'),
    authors: form.getAll('authors'),
  };
}

/** A story file's text as the form's fields, its times shown in `zone`. */
export function fieldsFromSource(source: string, zone: string): StoryFields {
  const { data, content } = matter(source, {});
  const text = (value: unknown) =>
    value instanceof Date ? value.toISOString() : value === undefined || value === null ? '' : String(value);
  const list = (value: unknown) => (Array.isArray(value) ? value.map(text) : []);
  const hero = (data.hero ?? {}) as Record<string, unknown>;
  const time = (value: unknown) => (value === undefined ? '' : isoToLocal(text(value), zone));
  return {
    slug: text(data.slug),
    title: text(data.title),
    dek: text(data.dek),
    section: text(data.section),
    tags: list(data.tags),
    authors: list(data.authors),
    publishedAt: time(data.publishedAt),
    updatedAt: time(data.updatedAt),
    priority: text(data.priority),
    'hero.src': text(hero.src),
    'hero.alt': text(hero.alt),
    'hero.caption': text(hero.caption),
    'hero.credit': text(hero.credit),
    'hero.width': text(hero.width),
    'hero.height': text(hero.height),
    redirectFrom: list(data.redirectFrom).join(', '),
    body: content.replace(/^\n/, ''),
  };
}
