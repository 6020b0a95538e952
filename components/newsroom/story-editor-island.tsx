'use client';

import { useEffect, useRef, useState } from 'react';
import { TOOLBAR_ACTIONS, type ToolbarAction } from '@/lib/editors/stories/markdown-toolbar';
import { slugify } from '@/lib/editors/stories/slugify';
import { isoToLocal, localToIso } from '@/lib/editors/stories/zoned-time';

const AUTOSAVE_AFTER_MS = 400;

/**
 * Enhances the server-rendered story form: a Markdown toolbar for the body, the slug following the headline until
 * edited, times shown in the editor's own zone, and autosave of the draft (which also refreshes the live preview)
 * shortly after typing stops. Without JavaScript the form works as it is.
 */
export function StoryEditorIsland({
  formId,
  bodyId,
  slugFollowsHeadline,
}: {
  formId: string;
  bodyId: string;
  /** Only a story never saved takes its slug from the headline; a saved one keeps its address unless edited. */
  slugFollowsHeadline: boolean;
}) {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    adoptBrowserZone(form);
    const title = form.elements.namedItem('title') as HTMLInputElement;
    const slug = form.elements.namedItem('slug') as HTMLInputElement;
    let lastTitle = title.value;
    const onInput = (event: Event) => {
      // A chosen file is sent by the upload button, never autosaved.
      if ((event.target as HTMLInputElement).type === 'file') return;
      if (event.target === title && slugFollowsHeadline && (slug.value === '' || slug.value === slugify(lastTitle)))
        slug.value = slugify(title.value);
      if (event.target === title) lastTitle = title.value;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void autosave(form, setStatus), AUTOSAVE_AFTER_MS);
    };
    // A post (a save, an upload) writes the draft itself: an autosave still pending would overwrite what it wrote.
    const onSubmit = () => clearTimeout(timer.current);
    form.addEventListener('input', onInput);
    form.addEventListener('change', onInput);
    form.addEventListener('submit', onSubmit);
    form.dataset.enhanced = 'true';
    return () => {
      form.removeEventListener('input', onInput);
      form.removeEventListener('change', onInput);
      form.removeEventListener('submit', onSubmit);
      clearTimeout(timer.current);
    };
  }, [formId, slugFollowsHeadline]);

  const apply = (action: ToolbarAction) => {
    const body = document.getElementById(bodyId) as HTMLTextAreaElement | null;
    if (!body) return;
    const selected = body.value.slice(body.selectionStart, body.selectionEnd);
    body.setRangeText(TOOLBAR_ACTIONS[action].apply(selected), body.selectionStart, body.selectionEnd, 'end');
    body.focus();
    body.dispatchEvent(new Event('input', { bubbles: true }));
  };

  return (
    <div
      className="mt-1 flex flex-wrap items-center gap-1"
      role="toolbar"
      aria-label="Formatting"
      aria-controls={bodyId}
    >
      {(Object.keys(TOOLBAR_ACTIONS) as ToolbarAction[]).map((action) => (
        <button
          key={action}
          type="button"
          onClick={() => apply(action)}
          className="rounded-sm border border-muted px-2 py-1 text-sm"
        >
          {TOOLBAR_ACTIONS[action].label}
        </button>
      ))}
      <span role="status" className="ml-auto text-sm text-muted" data-testid="autosave-status">
        {status}
      </span>
    </div>
  );
}

/** Shows the date-time fields in the browser's zone (the server rendered them in the site's) and says so. */
function adoptBrowserZone(form: HTMLFormElement) {
  const hidden = form.elements.namedItem('timeZone') as HTMLInputElement;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone === hidden.value) return;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="datetime-local"]')) {
    const iso = input.value ? localToIso(input.value, hidden.value) : null;
    if (iso) input.value = isoToLocal(iso, zone);
  }
  hidden.value = zone;
  for (const label of form.querySelectorAll('[data-zone-name]')) label.textContent = zone;
}

async function autosave(form: HTMLFormElement, setStatus: (text: string) => void) {
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') body.append(name, value);
  try {
    const response = await fetch('/api/newsroom/stories/autosave', { method: 'POST', body });
    if (!response.ok) {
      setStatus(`Autosave failed: ${(await response.text()).slice(0, 120)}`);
      return;
    }
    const { savedAt, draftId } = (await response.json()) as { savedAt: string; draftId: string };
    // A reload now reopens this draft rather than the saved story.
    const here = new URL(location.href);
    here.searchParams.set('draft', draftId);
    history.replaceState(history.state, '', here);
    setStatus(`Draft autosaved at ${new Date(savedAt).toLocaleTimeString()}`);
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-story-preview]')) {
      const url = new URL(frame.src, location.href);
      url.searchParams.set('at', savedAt);
      frame.src = url.toString();
    }
  } catch {
    setStatus('Autosave failed: offline?');
  }
}
