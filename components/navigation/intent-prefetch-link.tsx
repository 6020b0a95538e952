'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type IntentPrefetchLinkProps = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string };

/**
 * A link that prefetches its page when the reader shows intent (pointer over it, a touch, keyboard focus) instead of
 * when it scrolls into view: viewport prefetching fetched and decoded a dozen pages' payloads while a front was still
 * loading, the largest part of Lighthouse's blocking time on a phone.
 */
export function IntentPrefetchLink({ href, ...props }: IntentPrefetchLinkProps) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link {...props} href={href} prefetch={false} onMouseEnter={prefetch} onTouchStart={prefetch} onFocus={prefetch} />
  );
}
