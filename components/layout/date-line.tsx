import { connection } from 'next/server';
import { formatLongDate, isoDateIn } from '@/lib/format/dates';
import { siteConfig } from '@/lib/site-config';

/** Today's date in the site's timezone, rendered per request into the header's reserved slot. */
export async function DateLine() {
  await connection();
  const now = new Date();
  return (
    <p className="text-sm text-[var(--color-muted)]">
      <time dateTime={isoDateIn(now, siteConfig.timeZone)}>{formatLongDate(now)}</time>
    </p>
  );
}
