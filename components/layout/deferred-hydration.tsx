import { Suspense, type ReactNode } from 'react';

/**
 * Server-rendered content that React hydrates after the page's shell, in its own pass that yields to the browser
 * every few milliseconds, instead of inside the one task that hydrates the whole page (hundreds of ms of blocked main
 * thread on a phone). A click in it before then hydrates it at once and is replayed. Only for content that never
 * suspends (its data already awaited), so the server HTML is complete and nothing is ever shown as a fallback.
 */
export function DeferredHydration({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
