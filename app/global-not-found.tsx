import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/layout/not-found-message';
import { PageFrame } from '@/components/layout/page-frame';
import { siteConfig } from '@/lib/site-config';
import { readPreferences } from '@/lib/weather/reader-preferences';
import { SiteDocument } from './site-document';
import './globals.css';

export { viewport } from './layout';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.baseUrl),
  title: `Page not found | ${siteConfig.name}`,
  robots: { index: false },
};

/**
 * The 404 page (Next's /_not-found): for addresses no route matches and the URLs proxy.ts knows cannot exist. A page
 * of its own, with the whole frame and the site's own reader bar; unlike app/not-found.tsx, Next does not send it
 * with every other page.
 */
export default function GlobalNotFound() {
  return (
    <SiteDocument>
      <PageFrame reader={readPreferences(() => undefined)}>
        <NotFoundMessage />
      </PageFrame>
    </SiteDocument>
  );
}
