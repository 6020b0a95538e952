import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { PageFrame } from '@/components/layout/page-frame';
import { readPreferences } from '@/lib/weather/reader-preferences';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * The 404 page: for the URLs proxy.ts knows cannot exist, wherever no route matches, and a notFound() thrown while
 * rendering. Shown outside the reader variants (it is the root's boundary), so with the site's own reader bar. Next
 * sends it with every page (about 4 kB of the payload); app/global-not-found.tsx would avoid that, but it made a
 * crawl of the site 40% slower and the server 150 MB larger (decision 019).
 */
export default function NotFound() {
  return (
    <PageFrame reader={readPreferences(() => undefined)}>
      <NotFoundMessage />
    </PageFrame>
  );
}
