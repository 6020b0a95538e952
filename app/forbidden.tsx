import type { Metadata } from 'next';
import { ForbiddenNotice } from '@/components/newsroom/forbidden-notice';

export const metadata: Metadata = { title: 'Not allowed', robots: { index: false } };

/** What `forbidden()` renders (the status itself is set by proxy.ts: see lib/editors/accounts/desk-page-access.ts). */
export default function Forbidden() {
  return <ForbiddenNotice />;
}
