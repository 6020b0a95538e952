import type { Metadata } from 'next';
import { SearchResults } from '@/components/search/search-results';
import { variantTimeZone } from '@/lib/weather/reader-variant';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every published Meridian story.',
  robots: { index: false, follow: true },
};

// Results are part of the first HTML, not streamed into a Suspense hole, so they show without JavaScript.
export const instant = false;

export default async function SearchPage({ params, searchParams }: PageProps<'/[reader]/search'>) {
  const { reader } = await params;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Search</h1>
      <SearchResults searchParams={searchParams} timeZone={variantTimeZone(reader)} />
    </div>
  );
}
