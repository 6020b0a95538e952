import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import { siteConfig } from '@/lib/site-config';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * What a notFound() thrown while rendering shows (a story gone since the proxy's check, an unknown reader variant):
 * the masthead and the message. Next sends the root not-found with every page of the site, so it carries neither
 * the frame (header, sections, footer) nor a not-found of each page group: the 404 page readers meet, at the URLs
 * proxy.ts knows cannot exist and wherever no route matches, is app/global-not-found.tsx, frame and all.
 */
export default function NotFound() {
  return (
    <>
      <header className="mx-auto max-w-6xl px-4 pt-4 sm:text-center">
        <IntentPrefetchLink href="/" className="font-serif text-[1.75rem] font-bold tracking-tight sm:text-5xl">
          {siteConfig.name}
        </IntentPrefetchLink>
      </header>
      <main>
        <NotFoundMessage />
      </main>
    </>
  );
}
