/**
 * One registry per process, on globalThis: the custom server and Next's route handlers are bundled separately but
 * run in the same process, so a revalidation in a route handler reaches the cache the server holds.
 */
const REGISTRY = Symbol.for('meridian.front-cache');
const registry = globalThis as typeof globalThis & { [REGISTRY]?: Set<() => void> };

function purgers(): Set<() => void> {
  return (registry[REGISTRY] ??= new Set());
}

/** Registers a cache's purge; returns the function that unregisters it. */
export function onFrontCachePurge(purge: () => void): () => void {
  purgers().add(purge);
  return () => purgers().delete(purge);
}

/** Drops every page the front cache holds in this process: called on every content revalidation. */
export function purgeFrontCache(): void {
  for (const purge of purgers()) purge();
}
