import { describe, expect, it } from 'vitest';
import { formatLongDate, formatRelative, isoDateIn, secondsUntilMidnightIn } from './dates';

describe('dates', () => {
  const instant = new Date('2025-05-30T17:30:00Z');

  it('formats the long date in the reader timezone, where it may already be tomorrow', () => {
    expect(formatLongDate(instant, 'Asia/Shanghai', 'en-US')).toBe('Saturday, May 31, 2025');
    expect(formatLongDate(instant, 'America/New_York', 'en-US')).toBe('Friday, May 30, 2025');
    expect(isoDateIn(instant, 'Asia/Shanghai')).toBe('2025-05-31');
    expect(isoDateIn(instant, 'America/New_York')).toBe('2025-05-30');
  });

  it('says how long ago in words that hold in every time zone', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(formatRelative('2026-11-28T11:59:30Z', now)).toBe('just now');
    expect(formatRelative('2026-11-28T11:15:00Z', now)).toBe('45 minutes ago');
    expect(formatRelative('2026-11-28T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelative('2026-11-27T10:00:00Z', now)).toBe('yesterday');
    expect(formatRelative('2026-11-24T12:00:00Z', now)).toBe('4 days ago');
    expect(formatRelative('2026-11-14T12:00:00Z', now)).toBe('2 weeks ago');
    expect(formatRelative('2026-10-03T12:00:00Z', now)).toBe('2 months ago');
    expect(formatRelative('2024-11-01T12:00:00Z', now)).toBe('2 years ago');
  });

  it('counts the seconds to the next midnight in the given timezone', () => {
    // 15:30:00 UTC is 23:30:00 in Beijing (UTC+8) and 10:30:00 in New York (UTC-5 in November).
    const at = new Date('2026-11-28T15:30:00Z');
    expect(secondsUntilMidnightIn(at, 'Asia/Shanghai')).toBe(30 * 60);
    expect(secondsUntilMidnightIn(at, 'America/New_York')).toBe(13.5 * 3600);
    expect(secondsUntilMidnightIn(new Date('2026-11-28T16:00:00Z'), 'Asia/Shanghai')).toBe(86400);
  });
});
