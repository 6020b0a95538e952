import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { Section } from '@/lib/content/types';
import { siteConfig } from '@/lib/site-config';
import type { ReaderPreferences } from '@/lib/weather/reader-preferences';
import { SearchBox } from '../search/search-box';
import { ReaderBar } from '../weather/reader-bar';
import { SectionNav } from './section-nav';

/**
 * On phones the header stays under 120 px before the first story: masthead and search share a row, the tagline
 * waits for wider screens and the date and weather bar is set small. From `sm` up: the full masthead.
 */
export function SiteHeader({ reader, sections }: { reader: ReaderPreferences; sections: Section[] }) {
  return (
    <header>
      <div
        className="mx-auto flex min-h-8 max-w-6xl items-center px-4 text-xs max-sm:[&_details]:text-xs max-sm:[&_p]:text-xs sm:min-h-10 sm:text-sm"
        data-testid="reader-bar-slot"
      >
        <ReaderBar reader={reader} />
      </div>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 pb-1 sm:flex-col sm:items-stretch sm:pb-2">
        <div className="shrink-0 sm:pt-2 sm:text-center">
          <IntentPrefetchLink
            href="/"
            className="inline-block font-serif text-[1.75rem] leading-none font-bold tracking-tight sm:text-5xl"
          >
            {siteConfig.name}
          </IntentPrefetchLink>
          <p className="mt-1 hidden text-sm text-muted sm:block">{siteConfig.tagline}</p>
        </div>
        <div className="max-w-64 min-w-0 flex-1 sm:self-end">
          <SearchBox />
        </div>
      </div>
      <SectionNav sections={sections} />
    </header>
  );
}
