'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False on the server and during hydration, true once the island is hydrated (React renders again with the client
 * value right after). For controls that do nothing until then: the page's scripts start after its first paint
 * (lib/http/html/hydrate-after-paint.ts), so a reader can see them before they work.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
