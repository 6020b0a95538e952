import { cookies } from 'next/headers';
import { getReaderBar } from '@/lib/weather/reader-bar';
import { readPreferences } from '@/lib/weather/reader-preferences';
import { ReaderBarIsland } from './reader-bar-island';

/** Rendered per request into the header's Suspense hole: the reader's city, its date and weather. */
export async function ReaderBar() {
  const store = await cookies();
  const data = await getReaderBar(readPreferences((name) => store.get(name)?.value));
  return <ReaderBarIsland initial={data} />;
}
