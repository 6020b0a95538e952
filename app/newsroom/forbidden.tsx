import type { Metadata } from 'next';
import { ForbiddenNotice } from '@/components/newsroom/forbidden-notice';

export const metadata: Metadata = { title: 'Not allowed', robots: { index: false } };

/**
 * What `forbidden()` renders (the status itself is set by proxy.ts: see lib/editors/accounts/desk-page-access.ts).
 * Only desk pages call it, so the boundary lives here: at the app's root its client chunks (next/link, 3.3 kB gzip)
 * loaded with every public page.
 */
export default function Forbidden() {
  return <ForbiddenNotice />;
}
