'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { useBrowserIdle } from '@/components/hooks/use-browser-idle';
import type { ReaderBarData } from '@/lib/weather/reader-bar';
import { WeatherSummary } from './weather-summary';

const REFRESH_MS = 10 * 60 * 1000;

async function fetchReaderBar(city: string, unit: string, signal: AbortSignal): Promise<ReaderBarData> {
  const response = await fetch(`/api/weather?city=${encodeURIComponent(city)}&unit=${unit}`, { signal });
  if (!response.ok) throw new Error(`Weather refresh failed (${response.status})`);
  return response.json() as Promise<ReaderBarData>;
}

/**
 * The reader bar of the page's reader variant (the server already rendered the reader's city and unit). Once the
 * browser is idle it refreshes the weather every 10 minutes; saving a new city posts the form in place and refreshes
 * the page, which Next then serves as the new city's variant (times included). Without JavaScript, or before
 * hydration, the form posts as a plain HTML form and the server sends the reader back.
 */
export function ReaderBarIsland({ initial }: { initial: ReaderBarData }) {
  // The query starts only in the browser, once it is idle (react-query reads the clock, which a prerender must not).
  // It lives in a sibling that renders nothing, so hydration keeps the bar's DOM (its form, the city list).
  const live = useBrowserIdle();
  const [fetched, setFetched] = useState<ReaderBarData | null>(null);
  const router = useRouter();
  const [saving, startSaving] = useTransition();

  // A refresh for another city (before the reader saved a new one) is never shown over the page's own.
  const current = fetched?.city.id === initial.city.id && fetched.unit === initial.unit ? fetched : initial;

  function save(form: FormData, done: () => void) {
    startSaving(async () => {
      await fetch('/api/reader-preferences', { method: 'POST', body: form, headers: { 'X-Requested-With': 'fetch' } });
      router.refresh();
      done();
    });
  }

  return (
    <>
      {live ? <ReaderBarRefresh initial={initial} onData={setFetched} /> : null}
      <ReaderBarView data={current} onSave={live ? save : undefined} saving={saving} />
    </>
  );
}

function ReaderBarRefresh({ initial, onData }: { initial: ReaderBarData; onData: (data: ReaderBarData) => void }) {
  const { data } = useQuery({
    queryKey: ['reader-bar', initial.city.id, initial.unit],
    queryFn: ({ signal }) => fetchReaderBar(initial.city.id, initial.unit, signal),
    initialData: initial,
    // A server value without weather is refreshed at once; one with weather when it is 10 minutes old.
    initialDataUpdatedAt: initial.fetchedAt ?? 0,
    staleTime: REFRESH_MS,
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
  useEffect(() => {
    if (data) onData(data);
  }, [data, onData]);
  return null;
}

/**
 * A disclosure with a plain form: in the flow of the page on a phone (so it never leaves the screen), a panel under
 * its summary from 640 px. Without `onSave` (no JavaScript, or before hydration) the browser posts it.
 */
function ReaderBarView({
  data,
  onSave,
  saving,
}: {
  data: ReaderBarData;
  onSave?: (form: FormData, done: () => void) => void;
  saving: boolean;
}) {
  const details = useRef<HTMLDetailsElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    if (!onSave) return;
    event.preventDefault();
    onSave(new FormData(event.currentTarget), () => {
      if (details.current) details.current.open = false;
    });
  }

  return (
    <div className="flex w-full flex-wrap items-center justify-between gap-x-4">
      <WeatherSummary data={data} />
      <details ref={details} className="text-sm max-sm:w-full sm:relative">
        <summary className="cursor-pointer py-1 text-muted underline sm:py-2">Change city</summary>
        <form
          key={`${data.city.id}-${data.unit}`}
          method="post"
          action="/api/reader-preferences"
          onSubmit={submit}
          className="mb-2 flex flex-wrap items-end gap-3 rounded border border-rule bg-paper p-3 sm:absolute sm:right-0 sm:z-20 sm:mb-0 sm:w-72 sm:shadow-lg"
        >
          <label className="flex min-w-0 grow flex-col gap-1">
            City
            <select
              name="city"
              defaultValue={data.city.id}
              className="min-h-10 rounded border border-rule bg-paper px-1"
            >
              {data.cities.map((city) => (
                <option key={city.id} value={city.id}>
                  {city.name}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex gap-3">
            <legend className="sr-only">Temperature unit</legend>
            <label className="flex min-h-10 items-center gap-1">
              <input type="radio" name="unit" value="c" defaultChecked={data.unit === 'c'} /> °C
            </label>
            <label className="flex min-h-10 items-center gap-1">
              <input type="radio" name="unit" value="f" defaultChecked={data.unit === 'f'} /> °F
            </label>
          </fieldset>
          <button type="submit" disabled={saving} className="min-h-10 rounded bg-ink px-4 font-semibold text-paper">
            Save
          </button>
        </form>
      </details>
    </div>
  );
}
