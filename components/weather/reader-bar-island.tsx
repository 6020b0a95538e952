'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useBrowserIdle } from '@/components/hooks/use-browser-idle';
import type { ReaderBarData } from '@/lib/weather/reader-bar';
import { savedChoiceFromCookies, type SavedChoice } from '@/lib/weather/saved-choice';
import { WeatherSummary } from './weather-summary';

const REFRESH_MS = 10 * 60 * 1000;

async function fetchReaderBar(city: string, unit: string, signal: AbortSignal): Promise<ReaderBarData> {
  const response = await fetch(`/api/weather?city=${encodeURIComponent(city)}&unit=${unit}`, { signal });
  if (!response.ok) throw new Error(`Weather refresh failed (${response.status})`);
  return response.json() as Promise<ReaderBarData>;
}

/**
 * The reader bar: the static shell's default city until the browser is idle after loading, then the city the reader
 * saved (cookies), refreshed every 10 minutes, with a city and unit picker.
 */
export function ReaderBarIsland({ initial }: { initial: ReaderBarData }) {
  // The query starts only in the browser, once it is idle (react-query reads the clock, which a prerender must not).
  // It lives in a sibling that renders nothing, so hydration keeps the bar's DOM (its form, the city list). Until then
  // the form posts as a plain HTML form.
  const live = useBrowserIdle();
  const [picked, setPicked] = useState<SavedChoice | null>(null);
  const [fetched, setFetched] = useState<ReaderBarData | null>(null);

  async function save(form: FormData) {
    await fetch('/api/reader-preferences', { method: 'POST', body: form, headers: { 'X-Requested-With': 'fetch' } });
    setPicked({ city: String(form.get('city')), unit: form.get('unit') === 'f' ? 'f' : 'c' });
  }

  return (
    <>
      {live ? <ReaderBarRefresh initial={initial} picked={picked} onData={setFetched} /> : null}
      <ReaderBarView data={fetched ?? initial} onSave={live ? save : undefined} />
    </>
  );
}

function ReaderBarRefresh({
  initial,
  picked,
  onData,
}: {
  initial: ReaderBarData;
  picked: SavedChoice | null;
  onData: (data: ReaderBarData) => void;
}) {
  const saved = savedChoiceFromCookies(
    document.cookie,
    initial.cities.map((c) => c.id),
  );
  const choice = picked ?? { city: saved?.city || initial.city.id, unit: saved?.unit ?? initial.unit };
  const isInitialChoice = choice.city === initial.city.id && choice.unit === initial.unit;
  const { data } = useQuery({
    queryKey: ['reader-bar', choice.city, choice.unit],
    queryFn: ({ signal }) => fetchReaderBar(choice.city, choice.unit, signal),
    initialData: isInitialChoice ? initial : undefined,
    // A server value without weather is refreshed at once; one with weather when it is 10 minutes old.
    initialDataUpdatedAt: isInitialChoice ? (initial.fetchedAt ?? 0) : undefined,
    staleTime: REFRESH_MS,
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
  // Always passed up, the server's value included: a reader who switches back to the default city gets it shown again.
  useEffect(() => {
    if (data) onData(data);
  }, [data, onData]);
  return null;
}

/** Without `onSave` (before hydration) the form posts as a plain HTML form. */
function ReaderBarView({ data, onSave }: { data: ReaderBarData; onSave?: (form: FormData) => Promise<void> }) {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!onSave) return;
    event.preventDefault();
    await onSave(new FormData(event.currentTarget));
    if (details.current) details.current.open = false;
  }

  return (
    <div className="flex w-full flex-wrap items-center justify-between gap-2">
      <WeatherSummary data={data} />
      <details ref={details} className="relative text-sm">
        <summary className="cursor-pointer text-[var(--color-muted)] underline">Change city</summary>
        <form
          key={`${data.city.id}-${data.unit}`}
          method="post"
          action="/api/reader-preferences"
          onSubmit={submit}
          className="absolute right-0 z-20 mt-1 flex w-64 flex-col gap-2 rounded border border-[var(--color-rule)] bg-[var(--color-paper)] p-3 shadow-lg"
        >
          <input type="hidden" name="return" value={pathname} />
          <label className="flex flex-col gap-1">
            City
            <select
              name="city"
              defaultValue={data.city.id}
              className="rounded border border-[var(--color-rule)] bg-[var(--color-paper)] p-1"
            >
              {data.cities.map((city) => (
                <option key={city.id} value={city.id}>
                  {city.name}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex gap-4">
            <legend className="sr-only">Temperature unit</legend>
            <label>
              <input type="radio" name="unit" value="c" defaultChecked={data.unit === 'c'} /> °C
            </label>
            <label>
              <input type="radio" name="unit" value="f" defaultChecked={data.unit === 'f'} /> °F
            </label>
          </fieldset>
          <button
            type="submit"
            className="rounded bg-[var(--color-ink)] px-3 py-1 font-semibold text-[var(--color-paper)]"
          >
            Save
          </button>
        </form>
      </details>
    </div>
  );
}
