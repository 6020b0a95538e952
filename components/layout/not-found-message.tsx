import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';

/** What a missing page says, with ways back into the site; inside whichever frame the 404 is shown in. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-bold tracking-wide text-accent uppercase">404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">We could not find that page</h1>
      <p className="mt-4">
        The story may have moved, or the address may be mistyped. These will help you find your way:
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6 [&_a]:underline">
        <li>
          <IntentPrefetchLink href="/">The latest stories on the homepage</IntentPrefetchLink>
        </li>
        <li>
          <IntentPrefetchLink href="/section/business">Business</IntentPrefetchLink>,{' '}
          <IntentPrefetchLink href="/section/technology">Technology</IntentPrefetchLink> and{' '}
          <IntentPrefetchLink href="/section/markets">Markets</IntentPrefetchLink> coverage
        </li>
      </ul>
    </div>
  );
}
