import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchResults } from '@/components/search/search-results';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every published Meridian story.',
  robots: { index: false, follow: true },
};

export default function SearchPage({ searchParams }: PageProps<'/search'>) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">Search</h1>
      <Suspense fallback={<p className="mt-4">Searching…</p>}>
        <SearchResults searchParams={searchParams} />
      </Suspense>
    </div>
  );
}
