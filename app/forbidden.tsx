import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not allowed', robots: { index: false } };

/** What `forbidden()` renders, with status 403: a desk page the signed-in role may not open. */
export default function Forbidden() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-bold tracking-wide text-[var(--color-accent)] uppercase">403</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Your role may not open this page</h1>
      <p className="mt-4">
        Ask an admin if you need it. Back to{' '}
        <Link href="/newsroom" prefetch={false} className="underline">
          the newsroom
        </Link>
        .
      </p>
    </div>
  );
}
