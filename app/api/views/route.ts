import { readLimitedText } from '@/lib/http/read-limited-text';
import { beaconSchema, MAX_BEACON_BYTES } from '@/lib/views/beacon-body';
import { getBeaconLimiter } from '@/lib/views/beacon-limiter';
import { ignoredBecause, isCrossSite } from '@/lib/views/beacon-policy';
import { clientAddress } from '@/lib/http/client-address';
import { isPublicSlug } from '@/lib/views/public-slugs';
import { recordView } from '@/lib/views/record-view';
import { getViewStore } from '@/lib/views/view-store-instance';
import { isViewStoreUnavailable } from '@/lib/views/view-store';

/**
 * The article view beacon: 202 when the view was counted, 204 when there is nothing to count (a bot, a
 * prefetch, a draft preview, or the reader's repeat today), 4xx for bad input, 429 beyond the rate limit,
 * 503 while the store is unavailable. Sets no cookie and keeps no address or user agent.
 */
export async function POST(request: Request) {
  const headers = request.headers;
  if (isCrossSite(headers)) return problem(403, 'Beacons are accepted from this site only');
  const address = clientAddress(headers);
  if (!getBeaconLimiter().take(address)) return problem(429, 'Too many beacons', { 'Retry-After': '60' });

  const body = await readLimitedText(request, MAX_BEACON_BYTES);
  if (!body.ok) return problem(body.status, body.message);
  const parsed = beaconSchema.safeParse(parseJson(body.text));
  if (!parsed.success) return problem(400, 'Expected a JSON body {"slug": "<article slug>"}');
  if (ignoredBecause(headers)) return new Response(null, { status: 204 });
  const { slug } = parsed.data;
  const now = Date.now();
  if (!isPublicSlug(slug, now)) return problem(404, 'No published article has this slug');

  try {
    const counted = await recordView(
      getViewStore(),
      { address, userAgent: headers.get('user-agent') ?? '' },
      slug,
      now,
    );
    return new Response(null, { status: counted ? 202 : 204 });
  } catch (error) {
    if (!isViewStoreUnavailable(error)) throw error;
    console.error(`View beacon: ${error.message}`);
    return problem(503, 'View counting is unavailable, try again later', { 'Retry-After': '30' });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function problem(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
