'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Something went wrong on our side</h1>
      <p className="mt-4">This page could not be shown just now. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded border border-ink px-4 py-2 font-semibold">
        Try again
      </button>
    </div>
  );
}
