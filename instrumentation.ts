/** Runs once when a server process starts: with a shared cache, join the other instances' invalidations. */
export async function register() {
  const url = process.env.REDIS_URL;
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !url || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { subscribeToContentInvalidations } = await import('./lib/cluster/content-invalidations');
  subscribeToContentInvalidations(url);
}
