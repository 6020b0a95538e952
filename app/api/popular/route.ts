import { z } from 'zod';
import { getMostPopular } from '@/lib/popular/most-popular';

const querySchema = z.object({ limit: z.coerce.number().int().min(1).max(20) });

/** The cached "Most popular" list, for the sidebar island's refresh. */
export async function GET(request: Request) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: 'Expected ?limit=1..20' }, { status: 400 });
  const list = await getMostPopular(parsed.data.limit);
  return Response.json(list, { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } });
}
