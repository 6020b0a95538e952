import { z } from 'zod';
import { getHomeFront } from '@/lib/content/home-front';
import { getMostPopular } from '@/lib/popular/most-popular';

/** `home=N`: the list for page N of the homepage, without the stories that page shows. */
const querySchema = z.object({
  limit: z.coerce.number().int().min(1).max(20),
  home: z.coerce.number().int().min(1).max(100_000).optional(),
});

/** The cached "Most popular" list, for the sidebar island's refresh. */
export async function GET(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    return Response.json({ error: 'Expected ?limit=1..20 and optionally &home=<page>' }, { status: 400 });
  const { limit, home } = parsed.data;
  if (home !== undefined && !(await getHomeFront(home)))
    return Response.json({ error: 'No such page' }, { status: 404 });
  const list = await getMostPopular(limit, home);
  return Response.json(list, { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } });
}
