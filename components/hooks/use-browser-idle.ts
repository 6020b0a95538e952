'use client';

import { useSyncExternalStore } from 'react';

// Once the browser has been idle after the page loaded, it stays so for this document.
let idle = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!idle && listeners.size === 1) {
    const markIdle = () => {
      idle = true;
      for (const notify of listeners) notify();
    };
    // Safari has no requestIdleCallback; a timeout still moves the work out of hydration's own tasks.
    if ('requestIdleCallback' in window) window.requestIdleCallback(markIdle, { timeout: 2000 });
    else setTimeout(markIdle, 200);
  }
  return () => listeners.delete(listener);
}

/**
 * False on the server, during hydration and until the browser first has idle time; true after. Islands start their
 * live data (react-query subscriptions, a first refresh) then, in a task of their own: at hydration that work ran inside
 * React's effects pass, the longest task after the runtime's boot. Hydration matches the server (false on both sides),
 * so it causes no forced re-render.
 */
export function useBrowserIdle(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => idle,
    () => false,
  );
}
