import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { Section } from '@/lib/content/types';
import { siteConfig } from '@/lib/site-config';
import type { ReaderPreferences } from '@/lib/weather/reader-preferences';
import { SearchBox } from '../search/search-box';
import { ReaderBar } from '../weather/reader-bar';
import { SectionNav } from './section-nav';

export function SiteHeader({ reader, sections }: { reader: ReaderPreferences; sections: Section[] }) {
  return (
    <header>
      <div className="mx-auto flex min-h-10 max-w-6xl items-center px-4" data-testid="reader-bar-slot">
        <ReaderBar reader={reader} />
      </div>
      <div className="mx-auto max-w-6xl px-4 pt-2 pb-4 text-center">
        <IntentPrefetchLink href="/" className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">
          {siteConfig.name}
        </IntentPrefetchLink>
        <p className="mt-1 text-sm text-[var(--color-muted)]">{siteConfig.tagline}</p>
      </div>
      <div className="mx-auto flex max-w-6xl justify-end px-4 pb-2">
        <SearchBox />
      </div>
      <SectionNav sections={sections} />
    </header>
  );
}
