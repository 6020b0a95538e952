import Link from 'next/link';

/** What a desk page a role may not open shows, with status 403. */
export function ForbiddenNotice() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-bold tracking-wide text-accent uppercase">403</p>
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
