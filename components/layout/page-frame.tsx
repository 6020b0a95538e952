import type { ReactNode } from 'react';
import { getSections } from '@/lib/content/articles';
import type { ReaderPreferences } from '@/lib/weather/reader-preferences';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

/** The header, main region and footer around a page, with the reader bar of the page's reader variant. */
export async function PageFrame({ reader, children }: { reader: ReaderPreferences; children: ReactNode }) {
  const sections = await getSections();
  return (
    <>
      <SkipLink />
      <SiteHeader reader={reader} sections={sections} />
      <main id="main-content" tabIndex={-1} className="focus:outline-none">
        {children}
      </main>
      <SiteFooter sections={sections} />
    </>
  );
}
