import { getDefaultReaderBar } from '@/lib/weather/reader-bar';
import { ReaderBarIsland } from './reader-bar-island';

/**
 * The header's date and weather, part of the static shell: the default city is rendered on the server (cached), and
 * the island shows a reader's saved city after hydration. Without JavaScript the island is hidden and a frame of
 * /reader-bar (rendered per request, with a plain form) takes its place.
 */
export async function ReaderBar() {
  const data = await getDefaultReaderBar();
  return (
    <>
      <div className="w-full [@media(scripting:none)]:hidden">
        <ReaderBarIsland initial={data} />
      </div>
      <noscript>
        <iframe src="/reader-bar" title="Today's date and weather" className="block h-20 w-full border-0 sm:h-10" />
      </noscript>
    </>
  );
}
