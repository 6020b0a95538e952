import { describe, expect, it } from 'vitest';
import { formatCountdown } from './countdown';

const NOW = Date.parse('2026-11-28T12:00:00Z');

describe('formatCountdown', () => {
  it.each([
    ['2027-03-15T08:00:00Z', 'in 106 days 20 h'],
    ['2026-11-29T13:00:00Z', 'in 1 day 1 h'],
    ['2026-11-28T14:05:00Z', 'in 2 h 5 min'],
    ['2026-11-28T12:07:30Z', 'in 7 min'],
    ['2026-11-28T12:00:40Z', 'in 40 s'],
    ['2026-11-28T11:00:00Z', 'due now'],
  ])('%s is %s', (at, expected) => {
    expect(formatCountdown(at, NOW)).toBe(expected);
  });
});
