import { z } from 'zod';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as a strict schema: the spec's required fields and the types of
 * every field it names. Unknown keys are refused unless they are extensions (the spec's leading underscore).
 */
const url = z.url();
const date = z.iso.datetime({ offset: true });
const extensions = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object(shape)
    .catchall(z.unknown())
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value))
        if (!(key in shape) && !key.startsWith('_')) ctx.addIssue({ code: 'custom', message: `unknown field ${key}` });
    });

const author = extensions({ name: z.string().optional(), url: url.optional(), avatar: url.optional() }).refine(
  (a) => a.name !== undefined || a.url !== undefined || a.avatar !== undefined,
  'an author needs a name, url or avatar',
);

const attachment = extensions({
  url,
  mime_type: z.string().min(1),
  title: z.string().optional(),
  size_in_bytes: z.number().int().positive().optional(),
  duration_in_seconds: z.number().positive().optional(),
});

const item = extensions({
  id: z.string().min(1),
  url: url.optional(),
  external_url: url.optional(),
  title: z.string().optional(),
  content_html: z.string().optional(),
  content_text: z.string().optional(),
  summary: z.string().optional(),
  image: url.optional(),
  banner_image: url.optional(),
  date_published: date.optional(),
  date_modified: date.optional(),
  authors: z.array(author).optional(),
  tags: z.array(z.string()).optional(),
  language: z.string().optional(),
  attachments: z.array(attachment).optional(),
}).refine((i) => i.content_html !== undefined || i.content_text !== undefined, 'an item needs content');

export const jsonFeed11 = extensions({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string(),
  home_page_url: url.optional(),
  feed_url: url.optional(),
  description: z.string().optional(),
  user_comment: z.string().optional(),
  next_url: url.optional(),
  icon: url.optional(),
  favicon: url.optional(),
  authors: z.array(author).optional(),
  language: z.string().optional(),
  expired: z.boolean().optional(),
  hubs: z.array(extensions({ type: z.string(), url })).optional(),
  items: z.array(item),
});
