import { siteConfig } from '../site-config';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per locale and options: building one costs about 0.1 ms, and an article page formats
 * dozens of dates. The keys are few (the site's locale and the registry's timezones), so the map stays small.
 */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** "Saturday, May 31, 2025": today's date as a reader in the given timezone sees it. */
export function formatLongDate(
  at: Date,
  timeZone: string = siteConfig.timeZone,
  locale: string = siteConfig.locale,
): string {
  return dateTimeFormat(locale, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(
    at,
  );
}

/** The calendar date (YYYY-MM-DD) in a timezone, for a machine-readable <time datetime>. */
export function isoDateIn(at: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
}

/** Seconds from `at` to the next midnight in a timezone (at least 1), so a cached date line expires with the day. */
export function secondsUntilMidnightIn(at: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(at);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const elapsed = value('hour') * 3600 + value('minute') * 60 + value('second');
  return Math.max(1, 86400 - elapsed);
}

/** "Nov 3, 2026, 7:15 AM UTC" style, in the site's timezone, for bylines. */
export function formatDateTime(iso: string, timeZone: string = siteConfig.timeZone): string {
  return dateTimeFormat(siteConfig.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

const relativeFormat = new Intl.RelativeTimeFormat(siteConfig.locale, { numeric: 'auto' });

/**
 * "3 hours ago", "yesterday", "2 weeks ago", "5 months ago": teasers say how long ago, never a calendar date, so a
 * cached list reads the same in every reader's time zone (dated times belong to the article and search pages).
 */
export function formatRelative(iso: string, now: number): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return 'just now';
  if (abs < 3600) return relativeFormat.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relativeFormat.format(Math.round(seconds / 86400), 'day');
  if (abs < 30 * 86400) return relativeFormat.format(Math.round(seconds / (7 * 86400)), 'week');
  if (abs < 365 * 86400) return relativeFormat.format(Math.round(seconds / (30 * 86400)), 'month');
  return relativeFormat.format(Math.round(seconds / (365 * 86400)), 'year');
}
