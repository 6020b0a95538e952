'use client';

import { useEffect } from 'react';

// Slugs already reported by this page load: React may run an effect twice, a reader's view counts once.
const reported = new Set<string>();

function report(slug: string) {
  if (reported.has(slug)) return;
  reported.add(slug);
  const body = JSON.stringify({ slug });
  if (navigator.sendBeacon?.('/api/views', body)) return;
  void fetch('/api/views', {
    method: 'POST',
    body,
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
  }).catch(() => {});
}

/** Reports one view of the article to /api/views; a page prerendered by the browser reports only once shown. */
export function ViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) return report(slug);
    const onShown = () => report(slug);
    document.addEventListener('prerenderingchange', onShown, { once: true });
    return () => document.removeEventListener('prerenderingchange', onShown);
  }, [slug]);
  return null;
}
