import { describe, expect, it } from 'vitest';
import { formatLongDate, formatRelative, isoDateIn } from './dates';

describe('dates', () => {
  const instant = new Date('2025-05-30T17:30:00Z');

  it('formats the long date in the reader timezone, where it may already be tomorrow', () => {
    expect(formatLongDate(instant, 'Asia/Shanghai', 'en-US')).toBe('Saturday, May 31, 2025');
    expect(formatLongDate(instant, 'America/New_York', 'en-US')).toBe('Friday, May 30, 2025');
    expect(isoDateIn(instant, 'Asia/Shanghai')).toBe('2025-05-31');
    expect(isoDateIn(instant, 'America/New_York')).toBe('2025-05-30');
  });

  it('says how long ago, then falls back to a date', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(formatRelative('2026-11-28T11:59:30Z', now)).toBe('just now');
    expect(formatRelative('2026-11-28T11:15:00Z', now)).toBe('45 minutes ago');
    expect(formatRelative('2026-11-28T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelative('2026-11-27T10:00:00Z', now)).toBe('yesterday');
    expect(formatRelative('2026-11-24T12:00:00Z', now)).toBe('4 days ago');
    expect(formatRelative('2026-10-03T12:00:00Z', now)).toBe('Oct 3, 2026');
  });
});
