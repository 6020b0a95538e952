import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forecastBody, startWeatherStub } from '../../scripts/weather-stub-server';
import type { City } from './cities';
import { fetchForecast, parseForecast } from './open-meteo';

const city = (name: string, latitude: number): City => ({
  id: name.toLowerCase(),
  name,
  latitude,
  longitude: 100,
  timeZone: 'Asia/Shanghai',
});

describe('parseForecast', () => {
  it('reads temperature, code, high and low from the real response shape', () => {
    const report = parseForecast(forecastBody(39.9042, 116.4074, 'Asia/Shanghai', 22.9));
    expect(report).toMatchObject({ temperatureC: 22.9, weatherCode: 1 });
    expect(report.highC).toBeCloseTo(27.3);
    expect(report.lowC).toBeCloseTo(16.1);
    expect(Date.parse(report.observedAt)).not.toBeNaN();
  });

  it.each([
    ['empty object', {}],
    ['null', null],
    [
      'string temperature',
      { ...forecastBody(1, 1, 'UTC', 20), current: { time: 1, temperature_2m: 'hot', weather_code: 1 } },
    ],
    ['impossible temperature', forecastBody(1, 1, 'UTC', 900)],
    [
      'no daily values',
      { ...forecastBody(1, 1, 'UTC', 20), daily: { temperature_2m_max: [], temperature_2m_min: [] } },
    ],
  ])('rejects %s', (_name, body) => {
    expect(() => parseForecast(body)).toThrow(/Unexpected weather response/);
  });
});

describe('fetchForecast against a stub speaking the real API', () => {
  let stub: Awaited<ReturnType<typeof startWeatherStub>>;
  beforeAll(async () => {
    stub = await startWeatherStub();
    process.env.WEATHER_API_URL = stub.url;
  });
  afterAll(async () => {
    delete process.env.WEATHER_API_URL;
    await stub.close();
  });

  it('returns the weather for a normal answer', async () => {
    await expect(fetchForecast(city('Beijing', 39.9042))).resolves.toMatchObject({ temperatureC: 22.9 });
  });
  it('fails on an upstream 500', async () => {
    await expect(fetchForecast(city('Tokyo', 35.6762))).rejects.toThrow(/answered 500/);
  });
  it('fails on malformed JSON and on a wrong shape', async () => {
    await expect(fetchForecast(city('Sydney', -33.8688))).rejects.toThrow();
    await expect(fetchForecast(city('Singapore', 1.3521))).rejects.toThrow(/Unexpected weather response/);
  });
  it('fails on a reset connection', async () => {
    await expect(fetchForecast(city('London', 51.5072))).rejects.toThrow();
  });
  it('gives up on a hanging upstream within the timeout', async () => {
    // The stub answers after 10 s: failing before that means the 300 ms timeout ended the wait.
    const started = Date.now();
    await expect(fetchForecast(city('Mumbai', 19.076), 300)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
