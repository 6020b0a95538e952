import { getCachedReaderBar } from '@/lib/weather/reader-bar';
import type { ReaderPreferences } from '@/lib/weather/reader-preferences';
import { ReaderBarIsland } from './reader-bar-island';

/**
 * The header's date and weather for the page's reader variant (their city and unit), part of the static shell. Its
 * city form is a plain HTML form that works without JavaScript; the island only refreshes the weather and saves in place.
 */
export async function ReaderBar({ reader }: { reader: ReaderPreferences }) {
  const data = await getCachedReaderBar(reader.city.id, reader.unit);
  return <ReaderBarIsland initial={data} />;
}
