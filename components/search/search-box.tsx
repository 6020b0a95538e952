'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface Suggestion {
  slug: string;
  title: string;
}

const DEBOUNCE_MS = 150;

async function fetchSuggestions(q: string, signal: AbortSignal): Promise<Suggestion[]> {
  const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal });
  if (!response.ok) return [];
  return ((await response.json()) as { suggestions: Suggestion[] }).suggestions;
}

/**
 * The header search box: a plain GET form to /search that works without JavaScript; with it, an ARIA
 * combobox suggests headlines as the reader types (debounced; a superseded request is aborted).
 */
export function SearchBox() {
  const router = useRouter();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  // What a reader typed before hydration (slow phones) is taken up, not lost.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed === '') return;
    setText(typed);
    setOpen(document.activeElement === input.current);
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const { data: suggestions = [] } = useQuery({
    queryKey: ['search-suggest', debounced],
    queryFn: ({ signal }) => fetchSuggestions(debounced, signal),
    enabled: debounced.length >= 2,
    staleTime: 60_000,
  });
  const shown = debounced.length >= 2 && text.trim().length >= 2 ? suggestions : [];
  const expanded = open && shown.length > 0;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const last = shown.length - 1;
      setActive((i) => (event.key === 'ArrowDown' ? (i >= last ? 0 : i + 1) : i <= 0 ? last : i - 1));
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    } else if (event.key === 'Enter' && expanded && shown[active]) {
      event.preventDefault();
      setOpen(false);
      router.push(`/articles/${shown[active].slug}`);
    }
  }

  return (
    <form action="/search" method="get" role="search" aria-label="Site search" className="relative">
      <label htmlFor={`${id}-input`} className="sr-only">
        Search stories
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        inputMode="search"
        enterKeyHint="search"
        name="q"
        maxLength={200}
        autoComplete="off"
        placeholder="Search stories"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < shown.length ? `${id}-opt-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        className="w-full rounded border border-rule bg-paper px-2 py-1 text-sm sm:w-64"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested stories"
        hidden={!expanded}
        className="absolute right-0 z-20 mt-1 w-80 max-w-[90vw] rounded border border-rule bg-paper text-left text-sm shadow-lg"
      >
        {shown.map((s, i) => (
          <li
            key={s.slug}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-rule' : ''}`}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              setOpen(false);
              router.push(`/articles/${s.slug}`);
            }}
          >
            {s.title}
          </li>
        ))}
      </ul>
    </form>
  );
}
