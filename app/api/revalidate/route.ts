import { refuseWithoutBearer } from '@/lib/editors/bearer-gate';
import { createGuessLimiter } from '@/lib/editors/guess-limiter';
import { refreshContent } from '@/lib/editors/refresh-content';
import { revalidateBodySchema } from '@/lib/editors/revalidate';
import { readJsonBody } from '@/lib/http/read-json-body';

const MAX_BODY_BYTES = 64 * 1024;
const USAGE = 'Body must be JSON: {"slugs": ["a-slug", ...]} or {"all": true}';
const STATUS = { refreshed: 200, rejected: 422, unannounced: 503 } as const;
const MESSAGE = {
  refreshed: undefined,
  rejected: 'Content has problems: the last good version stays live.',
  unannounced: 'Redis is unreachable: the other instances were not told. Try again.',
} as const;
const noStore = { 'Cache-Control': 'private, no-store' };
// Wrong secrets are answered 429 past 20 per address.
const limiter = createGuessLimiter({ freeGuesses: 20 });

/** POST {"slugs": [...]} or {"all": true} with `Authorization: Bearer $REVALIDATE_SECRET`: serve an edit of data/. */
export async function POST(request: Request) {
  const refused = refuseWithoutBearer(request, 'REVALIDATE_SECRET', limiter);
  if (refused) return refused;
  const body = await readJsonBody(request, MAX_BODY_BYTES, revalidateBodySchema, USAGE);
  if (!body.ok)
    return Response.json({ error: body.message, issues: body.issues }, { status: body.status, headers: noStore });
  const result = await refreshContent(body.value);
  const refreshed = result.outcome === 'refreshed' ? result : null;
  return Response.json(
    {
      applied: result.outcome !== 'rejected',
      revalidated: refreshed?.tags ?? [],
      unknownSlugs: refreshed?.unknownSlugs,
      problems: result.problems,
      instances: refreshed?.instances ?? undefined,
      message: MESSAGE[result.outcome],
    },
    { status: STATUS[result.outcome], headers: noStore },
  );
}
