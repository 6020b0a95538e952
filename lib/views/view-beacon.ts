import { clientAddress } from '../http/client-address';
import { readJsonBody } from '../http/read-json-body';
import { beaconSchema, MAX_BEACON_BYTES } from './beacon-body';
import { getBeaconLimiter } from './beacon-limiter';
import { ignoredBecause, isCrossSite } from './beacon-policy';
import { isPublicSlug } from './public-slugs';
import { recordView } from './record-view';
import { getViewStore } from './view-store-instance';
import { isViewStoreUnavailable } from './view-store';

export type BeaconAnswer =
  /** 202: the view was counted; 204: nothing to count (a bot, a prefetch, a preview, the reader's repeat today). */
  | { status: 202 | 204 }
  | { status: 400 | 403 | 404 | 408 | 413 | 429 | 503; error: string; retryAfterSeconds?: number };

/**
 * One article view beacon, from the request to the count: same-site only, rate-limited per address, a tiny JSON
 * body naming a public article. Keeps no address or user agent (only a daily salted hash, lib/views/visitor-hash.ts).
 */
export async function answerViewBeacon(request: Request): Promise<BeaconAnswer> {
  const headers = request.headers;
  if (isCrossSite(headers)) return { status: 403, error: 'Beacons are accepted from this site only' };
  const address = clientAddress(headers);
  if (!getBeaconLimiter().take(address)) return { status: 429, error: 'Too many beacons', retryAfterSeconds: 60 };
  const body = await readJsonBody(
    request,
    MAX_BEACON_BYTES,
    beaconSchema,
    'Expected a JSON body {"slug": "<article slug>"}',
  );
  if (!body.ok) return { status: body.status, error: body.message };
  if (ignoredBecause(headers)) return { status: 204 };
  const { slug } = body.value;
  const now = Date.now();
  if (!isPublicSlug(slug, now)) return { status: 404, error: 'No published article has this slug' };
  try {
    const reader = { address, userAgent: headers.get('user-agent') ?? '' };
    return { status: (await recordView(getViewStore(), reader, slug, now)) ? 202 : 204 };
  } catch (error) {
    if (!isViewStoreUnavailable(error)) throw error;
    console.error(`View beacon: ${error.message}`);
    return { status: 503, error: 'View counting is unavailable, try again later', retryAfterSeconds: 30 };
  }
}
