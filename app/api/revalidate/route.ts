import { getContentSnapshot, reloadContent } from '@/lib/content/content-store';
import { bearerToken, secretsMatch } from '@/lib/editors/bearer';
import { expireTags } from '@/lib/editors/expire-tags';
import { clientKey, createLoginLimiter } from '@/lib/editors/login-rate-limit';
import { readLimitedText } from '@/lib/http/read-limited-text';
import { revalidateBodySchema, tagsToRevalidate } from '@/lib/editors/revalidate';
import { missingSecretMessage, readSecret } from '@/lib/editors/secrets';

const MAX_BODY_BYTES = 64 * 1024;
const noStore = { 'Cache-Control': 'private, no-store' };
// Wrong secrets per client (and overall) are limited, so the secret cannot be guessed by brute force.
const limiter = createLoginLimiter({ perClient: 20, overall: 200 });

/**
 * POST {"slugs": [...]} or {"all": true} with `Authorization: Bearer $REVALIDATE_SECRET`: re-reads the content
 * folder and refreshes the affected cache tags, so the running server serves the edit on the next request.
 * A folder with problems is not taken: the last good content stays live and the problems are returned.
 */
export async function POST(request: Request) {
  const secret = readSecret('REVALIDATE_SECRET');
  if (!secret) return Response.json({ error: missingSecretMessage('REVALIDATE_SECRET') }, { status: 503, headers: noStore });
  const client = clientKey(request);
  const wait = limiter.retryAfter(client);
  if (wait > 0) return Response.json({ error: 'Too many wrong secrets: try again later' }, { status: 429, headers: { ...noStore, 'Retry-After': String(wait) } });
  const token = bearerToken(request);
  if (!token || !secretsMatch(secret, token)) {
    limiter.recordFailure(client);
    return Response.json({ error: 'Send Authorization: Bearer <REVALIDATE_SECRET>' }, { status: 401, headers: { ...noStore, 'WWW-Authenticate': 'Bearer' } });
  }
  const text = await readLimitedText(request, MAX_BODY_BYTES);
  if (text === null) return Response.json({ error: `Body larger than ${MAX_BODY_BYTES} bytes` }, { status: 413, headers: noStore });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return Response.json({ error: 'Body must be JSON: {"slugs": ["a-slug"]} or {"all": true}' }, { status: 400, headers: noStore });
  }
  const parsed = revalidateBodySchema.safeParse(json);
  if (!parsed.success) {
    return Response.json(
      { error: 'Body must be {"slugs": ["a-slug", ...]} or {"all": true}', issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`) },
      { status: 400, headers: noStore },
    );
  }

  const before = getContentSnapshot();
  const reload = reloadContent();
  if (!reload.applied) {
    return Response.json({ applied: false, revalidated: [], problems: reload.problems, message: 'Content has problems: the last good version stays live.' }, { status: 422, headers: noStore });
  }
  const tags = tagsToRevalidate(parsed.data, before, reload.snapshot);
  await expireTags(tags);
  const unknown = 'slugs' in parsed.data ? parsed.data.slugs.filter((s) => !reload.snapshot.articles.some((a) => a.slug === s) && !before.articles.some((a) => a.slug === s)) : [];
  console.log(`Revalidated ${tags.length} tag(s): ${tags.join(', ')}`);
  return Response.json({ applied: true, revalidated: tags, unknownSlugs: unknown, problems: reload.problems }, { headers: noStore });
}
