import type { Metadata } from 'next';
import { SearchResults } from '@/components/search/search-results';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every published Meridian story.',
  robots: { index: false, follow: true },
};

// Results are part of the first HTML, not streamed into a Suspense hole, so they show without JavaScript.
export const instant = false;

export default function SearchPage({ searchParams }: PageProps<'/search'>) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Search</h1>
      <SearchResults searchParams={searchParams} />
    </div>
  );
}
