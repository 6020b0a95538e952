import { describe, expect, it } from 'vitest';
import { growth, growthFromLowest } from './memory-series';

describe('memory growth after warm-up', () => {
  it('compares the median of the last six readings with the median of the first six, so one outlier does not count', () => {
    const samples = [100, 100, 300, 100, 100, 100, 105, 106, 110, 110, 500, 110];
    expect(growth(samples)).toEqual({ start: 100, end: 110, percent: 10 });
  });

  it('also measures from the lowest six readings, so memory falling after the warm-up cannot hide a rise', () => {
    const samples = [200, 200, 200, 200, 200, 200, 100, 100, 100, 100, 100, 100, 120, 120, 120, 120, 120, 120];
    expect(growth(samples)?.percent).toBe(-40);
    expect(growthFromLowest(samples)).toEqual({ lowest: 100, end: 120, percent: 20 });
  });

  it('needs twelve readings (one minute)', () => {
    expect(growth([1, 2, 3])).toBeNull();
    expect(growthFromLowest([1, 2, 3])).toBeNull();
  });
});
