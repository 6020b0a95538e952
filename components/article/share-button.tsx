'use client';

import { useState, useSyncExternalStore } from 'react';

type Ability = 'share' | 'copy' | null;

/** What this browser offers: its own share sheet, else copying to the clipboard, else nothing (no button). */
function ability(): Ability {
  if (typeof navigator.share === 'function') return 'share';
  if (typeof navigator.clipboard?.writeText === 'function') return 'copy';
  return null;
}

const never = () => () => {};

/** The Web Share API or a copy-link button: rendered only once the browser shows it can do either. */
export function ShareButton({ title, url }: { title: string; url: string }) {
  // The server (and the first client render) show nothing; the button appears after hydration.
  const can = useSyncExternalStore(never, ability, () => null);
  const [status, setStatus] = useState('');
  if (!can) return null;

  async function onClick() {
    try {
      if (can === 'share') await navigator.share({ title, url });
      else {
        await navigator.clipboard.writeText(url);
        setStatus('Link copied');
      }
    } catch (error) {
      // A reader closing the share sheet is not a failure.
      if ((error as Error).name !== 'AbortError') setStatus('Could not share; copy the address bar instead');
    }
  }

  return (
    <>
      <button type="button" onClick={onClick} className="rounded-full border border-rule px-3 py-1 hover:bg-rule">
        {can === 'share' ? 'Share…' : 'Copy link'}
      </button>
      <span role="status" className="text-muted">
        {status}
      </span>
    </>
  );
}
