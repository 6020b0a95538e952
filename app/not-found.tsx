import type { Metadata } from 'next';
import { PageFrame } from '@/components/layout/page-frame';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import { readPreferences } from '@/lib/weather/reader-preferences';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

// Shown outside the reader variants (it is the root's boundary), so with the site's own reader bar.
export default function NotFound() {
  return (
    <PageFrame reader={readPreferences(() => undefined)}>
      <div className="mx-auto max-w-2xl px-4 py-16">
        <p className="text-sm font-bold tracking-wide text-[var(--color-accent)] uppercase">404</p>
        <h1 className="mt-2 font-serif text-3xl font-bold">We could not find that page</h1>
        <p className="mt-4">
          The story may have moved, or the address may be mistyped. These will help you find your way:
        </p>
        <ul className="mt-4 list-disc space-y-1 pl-6">
          <li>
            <IntentPrefetchLink href="/" className="underline">
              The latest stories on the homepage
            </IntentPrefetchLink>
          </li>
          <li>
            <IntentPrefetchLink href="/section/business" className="underline">
              Business
            </IntentPrefetchLink>
            ,{' '}
            <IntentPrefetchLink href="/section/technology" className="underline">
              Technology
            </IntentPrefetchLink>{' '}
            and{' '}
            <IntentPrefetchLink href="/section/markets" className="underline">
              Markets
            </IntentPrefetchLink>{' '}
            coverage
          </li>
        </ul>
      </div>
    </PageFrame>
  );
}
