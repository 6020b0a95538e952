/**
 * Runs once when a server process starts (`next start` calls it while preparing for its first request): subscribe to
 * Node's request-start channel for the client's socket address, the checks on what Next's router cannot see, and the
 * whole-body deadline, and the crawler lane; with a shared cache, join the other instances' invalidations.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [
    { installPeerAddressHeader },
    { installRequestTargetChecks },
    { installBodyDeadline },
    { installCrawlerAdmission },
  ] = await Promise.all([
    import('./lib/http/client-address-channel'),
    import('./lib/http/request-target-channel'),
    import('./lib/http/body-deadline'),
    import('./lib/http/crawler-admission'),
  ]);
  installPeerAddressHeader();
  installRequestTargetChecks();
  installBodyDeadline();
  installCrawlerAdmission();
  const url = process.env.REDIS_URL;
  if (!url) return;
  const { subscribeToContentInvalidations } = await import('./lib/cluster/content-invalidations');
  subscribeToContentInvalidations(url);
}
