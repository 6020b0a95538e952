import { z } from 'zod';
import { CACHE_TAGS } from '../cache-tags';
import type { ContentSnapshot } from '../content/load-content';
import { slugSchema } from '../content/schema';

export const revalidateBodySchema = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ slugs: z.array(slugSchema).min(1, 'list at least one slug').max(1000) }).strict(),
]);

export type RevalidateRequest = z.infer<typeof revalidateBodySchema>;

/**
 * The cache tags an edit touches: the article and its section, tags and authors, before and after the edit
 * (a story can move section). Lists (homepage, "Latest news", "Most popular") carry only the `content` tag,
 * and any story may appear in them, so `content` is always refreshed too.
 */
export function tagsToRevalidate(
  request: RevalidateRequest,
  before: ContentSnapshot,
  after: ContentSnapshot,
): string[] {
  if ('all' in request) return [CACHE_TAGS.content];
  const tags = new Set<string>([CACHE_TAGS.content]);
  for (const slug of request.slugs) {
    tags.add(CACHE_TAGS.article(slug));
    for (const snapshot of [before, after]) {
      const meta = snapshot.articles.find((a) => a.slug === slug);
      if (!meta) continue;
      tags.add(CACHE_TAGS.section(meta.sectionSlug));
      for (const tag of meta.tagSlugs) tags.add(CACHE_TAGS.tag(tag));
      for (const author of meta.authorSlugs) tags.add(CACHE_TAGS.author(author));
      // Former slugs answer with a redirect that was cached under their own article tag.
      for (const old of meta.redirectFrom) tags.add(CACHE_TAGS.article(old));
    }
  }
  return [...tags];
}
