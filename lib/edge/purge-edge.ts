/** Longer than a purge takes on a reachable cache; short enough that an unreachable one does not hold an editor. */
const PURGE_TIMEOUT_MS = 2_000;

export interface EdgePurge {
  url: string;
  /** Objects removed, as the cache reports it; null when it could not be reached or refused. */
  purged: number | null;
}

/**
 * Removes every object carrying one of the tags from each HTTP cache listed in EDGE_PURGE_URLS (comma-separated;
 * none set: nothing to do), by a `PURGE` with an `xkey-purge` header as serving/varnish/meridian.vcl expects.
 * Failures are logged, not thrown: the caches then keep the old page for at most its s-maxage.
 */
export async function purgeEdge(tags: readonly string[]): Promise<EdgePurge[]> {
  const urls = (process.env.EDGE_PURGE_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (urls.length === 0 || tags.length === 0) return [];
  return Promise.all(urls.map((url) => purgeOne(url, tags)));
}

async function purgeOne(url: string, tags: readonly string[]): Promise<EdgePurge> {
  try {
    const response = await fetch(url, {
      method: 'PURGE',
      headers: { 'xkey-purge': tags.join(' ') },
      signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`${response.status} ${body.trim()}`);
    const purged = (JSON.parse(body) as { purged?: unknown }).purged;
    return { url, purged: typeof purged === 'number' ? purged : null };
  } catch (error) {
    console.error(
      `Edge cache ${url} not purged of ${tags.join(' ')}: ${error instanceof Error ? error.message : error}`,
    );
    return { url, purged: null };
  }
}
