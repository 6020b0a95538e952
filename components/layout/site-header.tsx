import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import { getSections } from '@/lib/content/articles';
import { siteConfig } from '@/lib/site-config';
import { SearchBox } from '../search/search-box';
import { ReaderBar } from '../weather/reader-bar';
import { SectionNav } from './section-nav';

export async function SiteHeader() {
  const sections = await getSections();
  return (
    <header>
      {/* The slot keeps its height when the island swaps in the reader's own city, so nothing shifts. */}
      <div className="mx-auto flex min-h-10 max-w-6xl items-center px-4" data-testid="reader-bar-slot">
        <ReaderBar />
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
