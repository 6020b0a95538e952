import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import { DIRECTORY_PAGES } from '@/lib/content/directories';
import type { Section } from '@/lib/content/types';
import { SITE_PAGES } from '@/lib/content/site-pages';
import { siteConfig } from '@/lib/site-config';

export function SiteFooter({ sections }: { sections: Section[] }) {
  return (
    <footer className="render-when-visible mt-16 border-t border-rule">
      {/* Every link in the footer: a taller hit area, underlined on hover. */}
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm sm:grid-cols-2 [&_a]:inline-block [&_a]:py-1 [&_a]:hover:underline">
        <div>
          <p className="font-serif text-2xl font-bold">{siteConfig.name}</p>
          <p className="mt-1 text-muted">
            {siteConfig.tagline}. All stories and illustrations are written or generated for this sample newsroom.
          </p>
        </div>
        <nav aria-label="Footer sections">
          <ul className="grid grid-cols-2 gap-2">
            {sections.map((section) => (
              <li key={section.slug}>
                <IntentPrefetchLink href={`/section/${section.slug}`}>{section.name}</IntentPrefetchLink>
              </li>
            ))}
            <li>
              <IntentPrefetchLink href={DIRECTORY_PAGES.sections.path}>All sections</IntentPrefetchLink>
            </li>
            <li>
              <IntentPrefetchLink href={DIRECTORY_PAGES.topics.path}>{DIRECTORY_PAGES.topics.title}</IntentPrefetchLink>
            </li>
          </ul>
        </nav>
        <nav aria-label="About Meridian" className="sm:col-span-2">
          <ul className="flex flex-wrap gap-x-6 gap-y-2 border-t border-rule pt-4">
            {SITE_PAGES.map((page) => (
              <li key={page.slug}>
                <IntentPrefetchLink href={`/${page.slug}`}>{page.label}</IntentPrefetchLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
