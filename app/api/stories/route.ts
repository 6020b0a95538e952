import { z } from 'zod';
import { getAuthorPage, getSectionPage, getTagPage } from '@/lib/content/articles';
import { getHomeRiverPage } from '@/lib/content/home-front';
import { slugSchema } from '@/lib/content/schema';

/** Pages of story lists for the "Load more" button. */
const querySchema = z.discriminatedUnion('list', [
  z.object({ list: z.literal('latest'), page: z.coerce.number().int().min(1).max(100_000) }),
  z.object({
    list: z.enum(['section', 'tag', 'author']),
    slug: slugSchema,
    page: z.coerce.number().int().min(1).max(100_000),
  }),
]);

export async function GET(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json(
      { error: 'Expected ?list=latest|section|tag|author, a slug for section, tag and author, and page>=1' },
      { status: 400 },
    );
  }
  const query = parsed.data;
  const list =
    query.list === 'latest'
      ? await getHomeRiverPage(query.page)
      : ((await { section: getSectionPage, tag: getTagPage, author: getAuthorPage }[query.list](query.slug, query.page))
          ?.list ?? null);
  if (!list) return Response.json({ error: 'No such page' }, { status: 404 });
  return Response.json(list, { headers: { 'Cache-Control': 'public, s-maxage=60, stale-while-revalidate=300' } });
}
