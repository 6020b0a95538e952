import { describe, expect, it } from 'vitest';
import { isoToLocal, isTimeZone, localToIso } from './zoned-time';

describe('zoned time', () => {
  it('reads a wall-clock time in the given zone', () => {
    expect(localToIso('2026-12-05T15:30', 'Asia/Shanghai')).toBe('2026-12-05T07:30:00.000Z');
    expect(localToIso('2026-07-01T09:00', 'Europe/London')).toBe('2026-07-01T08:00:00.000Z');
    expect(localToIso('2026-01-01T09:00', 'Europe/London')).toBe('2026-01-01T09:00:00.000Z');
  });

  it('shows an instant as the wall clock of a zone, and back', () => {
    expect(isoToLocal('2026-12-05T07:30:00Z', 'Asia/Shanghai')).toBe('2026-12-05T15:30');
    expect(localToIso(isoToLocal('2026-03-29T12:00:00Z', 'Europe/Berlin'), 'Europe/Berlin')).toBe(
      '2026-03-29T12:00:00.000Z',
    );
  });

  it('refuses what is not a date-time or a zone', () => {
    expect(localToIso('tomorrow', 'UTC')).toBeNull();
    expect(localToIso('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('America/New_York')).toBe(true);
  });
});
