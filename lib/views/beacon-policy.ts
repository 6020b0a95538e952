import { isbot } from 'isbot';

export type IgnoredBecause = 'bot' | 'prefetch' | 'preview';

/** Next's draft-mode cookie: an editor previewing a story is not a reader. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass';

/** Why a beacon must not be counted although it is well-formed, or null when it is a reader's view. */
export function ignoredBecause(headers: Headers): IgnoredBecause | null {
  // Every browser sends a user agent: a beacon without one comes from a script.
  const userAgent = headers.get('user-agent')?.trim();
  if (!userAgent || isbot(userAgent)) return 'bot';
  const purpose =
    `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-moz') ?? ''}`.toLowerCase();
  if (purpose.includes('prefetch') || purpose.includes('prerender')) return 'prefetch';
  const cookies = headers.get('cookie') ?? '';
  if (cookies.split(';').some((c) => c.trim().startsWith(`${DRAFT_MODE_COOKIE}=`))) return 'preview';
  return null;
}

/** Beacons come from our own pages; another site must not be able to make its visitors count views here. */
export function isCrossSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin' && site !== 'none';
}
