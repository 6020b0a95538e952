import { z } from 'zod';

/** Raw shapes of the files in data/, validated once where they enter. */

export const slugSchema = z
  .string({ error: 'must be a string' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
  .max(120, 'must be at most 120 characters');

const isoDateSchema = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time such as 2026-11-03T07:15:00Z',
});

export const heroImageSchema = z.object({
  src: z
    .string()
    .regex(
      /^(?:\/images\/[\w\-/]+\.(?:webp|png|jpg|jpeg|avif)|\/media\/uploads\/[a-z0-9-]+\.webp)$/,
      'must be a path under /images/ or an uploaded picture (/media/uploads/…)',
    ),
  alt: z.string().trim().min(5, 'alt text is required (at least 5 characters)'),
  caption: z.string().trim().min(1, 'is required'),
  credit: z.string().trim().min(1, 'is required'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** An update's id: its file name in data/live/<story>/ (the desk makes them from the time, e.g. 20261205-091200-a3f). */
export const liveUpdateIdSchema = z
  .string({ error: 'must be a string' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by hyphens')
  .max(40, 'must be at most 40 characters');

/** A live story's `live:` block: its coverage and the update the desk pinned (decision 017). */
export const liveSettingsSchema = z
  .object({
    status: z.enum(['live', 'ended'], { error: 'must be "live" or "ended"' }),
    coverageStart: isoDateSchema,
    coverageEnd: isoDateSchema.optional(),
    pinned: liveUpdateIdSchema.optional(),
  })
  .strict();

export const articleFrontMatterSchema = z
  .object({
    slug: slugSchema,
    title: z
      .string({ error: 'is required' })
      .trim()
      .min(10, 'must be at least 10 characters')
      .max(140, 'must be at most 140 characters'),
    dek: z
      .string({ error: 'is required' })
      .trim()
      .min(20, 'must be at least 20 characters')
      .max(260, 'must be at most 260 characters'),
    section: slugSchema,
    tags: z.array(slugSchema).min(1, 'needs at least one tag').max(8),
    authors: z.array(slugSchema).min(1, 'needs at least one author').max(4),
    publishedAt: isoDateSchema,
    updatedAt: isoDateSchema.optional(),
    status: z.enum(['draft', 'published'], { error: 'must be "draft" or "published"' }),
    priority: z.number().int().min(1).max(10).optional(),
    hero: heroImageSchema,
    redirectFrom: z.array(slugSchema).optional(),
    live: liveSettingsSchema.optional(),
  })
  .strict();

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

export const sectionSchema = z
  .object({ slug: slugSchema, name: z.string().min(1), description: z.string().min(1) })
  .strict();
export const tagSchema = z
  .object({ slug: slugSchema, name: z.string().min(1), description: z.string().min(1) })
  .strict();
export const authorSchema = z
  .object({
    slug: slugSchema,
    name: z.string().min(1),
    role: z.string().min(1),
    bio: z.string().min(1),
    avatar: z.string().regex(/^\/images\/[\w\-/]+\.(webp|png|jpg|jpeg|avif)$/, 'must be a path under /images/'),
  })
  .strict();

/** A site page's front matter (data/pages/<slug>.md): what its metadata and "last updated" line need. */
export const sitePageFrontMatterSchema = z
  .object({
    title: z
      .string({ error: 'is required' })
      .trim()
      .min(2, 'must be at least 2 characters')
      .max(80, 'must be at most 80 characters'),
    description: z
      .string({ error: 'is required' })
      .trim()
      .min(20, 'must be at least 20 characters')
      .max(200, 'must be at most 200 characters'),
    updatedAt: isoDateSchema,
  })
  .strict();

/** Bodies of live updates are short posts: 64 KiB is far more than one needs and bounds what one can cost. */
export const LIVE_UPDATE_BODY_LIMIT = 64 * 1024;

/** One update of a live story: data/live/<story>/<id>.md, this front matter and a Markdown body. */
export const liveUpdateFrontMatterSchema = z
  .object({
    id: liveUpdateIdSchema,
    author: slugSchema,
    publishedAt: isoDateSchema,
    updatedAt: isoDateSchema.optional(),
    headline: z
      .string({ error: 'is required' })
      .trim()
      .min(5, 'must be at least 5 characters')
      .max(140, 'must be at most 140 characters'),
    keyEvent: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();

export type LiveSettingsRecord = z.infer<typeof liveSettingsSchema>;

export type SectionRecord = z.infer<typeof sectionSchema>;
export type TagRecord = z.infer<typeof tagSchema>;
export type AuthorRecord = z.infer<typeof authorSchema>;
