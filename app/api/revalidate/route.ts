import { announceContentReload, type ReloadAnnouncement } from '@/lib/cluster/content-invalidations';
import { getContentSnapshot, reloadContent } from '@/lib/content/content-store';
import { bearerToken, secretsMatch } from '@/lib/editors/bearer';
import { expireTags } from '@/lib/editors/expire-tags';
import { createGuessLimiter } from '@/lib/editors/guess-limiter';
import { clientAddress } from '@/lib/http/client-address';
import { readLimitedText } from '@/lib/http/read-limited-text';
import { revalidateBodySchema, tagsToRevalidate } from '@/lib/editors/revalidate';
import { missingSecretMessage, readSecret } from '@/lib/editors/secrets';

const MAX_BODY_BYTES = 64 * 1024;
const noStore = { 'Cache-Control': 'private, no-store' };
// Wrong secrets are answered 429 past 20 per address; the right secret always gets through, from anywhere.
const limiter = createGuessLimiter({ freeGuesses: 20 });

/**
 * POST {"slugs": [...]} or {"all": true} with `Authorization: Bearer $REVALIDATE_SECRET`: re-reads the content
 * folder and refreshes the affected cache tags, so the running server serves the edit on the next request.
 * A folder with problems is not taken: the last good content stays live and the problems are returned.
 */
export async function POST(request: Request) {
  const secret = readSecret('REVALIDATE_SECRET');
  if (!secret)
    return Response.json({ error: missingSecretMessage('REVALIDATE_SECRET') }, { status: 503, headers: noStore });
  const token = bearerToken(request);
  if (!token || !secretsMatch(secret, token)) {
    const client = clientAddress(request.headers);
    if (limiter.exhausted(client))
      return Response.json(
        { error: 'Too many wrong secrets: try again later' },
        { status: 429, headers: { ...noStore, 'Retry-After': '60' } },
      );
    limiter.recordFailure(client);
    return Response.json(
      { error: 'Send Authorization: Bearer <REVALIDATE_SECRET>' },
      { status: 401, headers: { ...noStore, 'WWW-Authenticate': 'Bearer' } },
    );
  }
  const body = await readLimitedText(request, MAX_BODY_BYTES);
  if (!body.ok) return Response.json({ error: body.message }, { status: body.status, headers: noStore });
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return Response.json(
      { error: 'Body must be JSON: {"slugs": ["a-slug"]} or {"all": true}' },
      { status: 400, headers: noStore },
    );
  }
  const parsed = revalidateBodySchema.safeParse(json);
  if (!parsed.success) {
    return Response.json(
      {
        error: 'Body must be {"slugs": ["a-slug", ...]} or {"all": true}',
        issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`),
      },
      { status: 400, headers: noStore },
    );
  }

  const before = getContentSnapshot();
  const reload = reloadContent();
  if (!reload.applied) {
    return Response.json(
      {
        applied: false,
        revalidated: [],
        problems: reload.problems,
        message: 'Content has problems: the last good version stays live.',
      },
      { status: 422, headers: noStore },
    );
  }
  const tags = tagsToRevalidate(parsed.data, before, reload.snapshot);
  // With several instances, each reloads its content before the shared cache tags expire (README, "Deployment").
  const redisUrl = process.env.REDIS_URL;
  let instances: ReloadAnnouncement | null = null;
  if (redisUrl) {
    try {
      instances = await announceContentReload(redisUrl, tags);
    } catch (error) {
      console.error(`Revalidation not sent to the other instances: ${error instanceof Error ? error.message : error}`);
      return Response.json(
        {
          applied: true,
          revalidated: [],
          problems: reload.problems,
          message: 'Redis is unreachable: the other instances were not told. Try again.',
        },
        { status: 503, headers: noStore },
      );
    }
  }
  await expireTags(tags);
  const unknown =
    'slugs' in parsed.data
      ? parsed.data.slugs.filter(
          (s) => !reload.snapshot.articles.some((a) => a.slug === s) && !before.articles.some((a) => a.slug === s),
        )
      : [];
  console.log(`Revalidated ${tags.length} tag(s): ${tags.join(', ')}`);
  return Response.json(
    {
      applied: true,
      revalidated: tags,
      unknownSlugs: unknown,
      problems: reload.problems,
      ...(instances && { instances }),
    },
    { headers: noStore },
  );
}
