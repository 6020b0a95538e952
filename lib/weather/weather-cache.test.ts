import { describe, expect, it } from 'vitest';
import type { WeatherReport } from './open-meteo';
import { FRESH_FOR_MS, RETRY_AFTER_FAILURE_MS, SERVE_STALE_FOR_MS, WeatherCache } from './weather-cache';

const report = (temperatureC: number): WeatherReport => ({
  temperatureC,
  highC: 30,
  lowC: 10,
  weatherCode: 0,
  observedAt: '2026-11-28T00:00:00Z',
});

function setup() {
  const clock = { now: 1_000_000 };
  const calls: string[] = [];
  let next: () => Promise<WeatherReport> = async () => report(20);
  const cache = new WeatherCache(
    (cityId) => {
      calls.push(cityId);
      return next();
    },
    () => clock.now,
  );
  return { cache, clock, calls, setNext: (fn: () => Promise<WeatherReport>) => (next = fn) };
}

describe('WeatherCache', () => {
  it('keeps a city fresh for 10 minutes, then fetches again', async () => {
    const { cache, clock, calls, setNext } = setup();
    expect((await cache.get('beijing', 1000)).report?.temperatureC).toBe(20);
    clock.now += FRESH_FOR_MS - 1;
    await cache.get('beijing', 1000);
    expect(calls).toEqual(['beijing']);
    setNext(async () => report(21));
    clock.now += 2;
    expect((await cache.get('beijing', 1000)).report?.temperatureC).toBe(21);
    expect(calls).toEqual(['beijing', 'beijing']);
  });

  it('makes one upstream call for many concurrent requests per city', async () => {
    const { cache, calls, setNext } = setup();
    setNext(() => new Promise((resolve) => setTimeout(() => resolve(report(20)), 50)));
    await Promise.all([
      ...Array.from({ length: 200 }, () => cache.get('beijing', 1000)),
      ...Array.from({ length: 200 }, () => cache.get('tokyo', 1000)),
    ]);
    expect(calls.sort()).toEqual(['beijing', 'tokyo']);
  });

  it('serves the last good value for 6 hours of failures, then nothing', async () => {
    const { cache, clock, setNext } = setup();
    await cache.get('beijing', 1000);
    setNext(async () => {
      throw new Error('upstream down');
    });
    clock.now += FRESH_FOR_MS + 1;
    expect((await cache.get('beijing', 1000)).report?.temperatureC).toBe(20);
    clock.now += SERVE_STALE_FOR_MS - FRESH_FOR_MS - 10;
    expect((await cache.get('beijing', 1000)).report?.temperatureC).toBe(20);
    clock.now += 20;
    expect(await cache.get('beijing', 1000)).toEqual({ report: null, fetchedAt: null });
  });

  it('does not wait longer than asked, and the value lands for later requests', async () => {
    const { cache, setNext } = setup();
    setNext(() => new Promise((resolve) => setTimeout(() => resolve(report(19)), 120)));
    // Waiting for the fetch would have returned its report.
    expect((await cache.get('beijing', 20)).report).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await cache.get('beijing', 0)).report?.temperatureC).toBe(19);
  });

  it('does not hammer a failing upstream', async () => {
    const { cache, clock, calls, setNext } = setup();
    setNext(async () => {
      throw new Error('down');
    });
    await cache.get('beijing', 1000);
    clock.now += RETRY_AFTER_FAILURE_MS - 1;
    await cache.get('beijing', 1000);
    expect(calls).toHaveLength(1);
    clock.now += 2;
    await cache.get('beijing', 1000);
    expect(calls).toHaveLength(2);
  });
});
