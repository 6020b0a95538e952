/**
 * A local stand-in for Open-Meteo's forecast API that answers in its real JSON format, for tests.
 * Each city (by latitude) behaves in one way, so one server covers every case:
 *   Beijing 22.9 °C · Tokyo HTTP 500 · Mumbai hangs · Sydney malformed JSON · Singapore wrong shape ·
 *   London connection reset · any other latitude a plausible answer.
 * GET /__calls returns how many forecast calls each latitude received; POST /__reset clears them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const BEHAVIOUR: Record<string, 'ok' | 'error' | 'hang' | 'malformed' | 'wrong-shape' | 'reset'> = {
  '35.6762': 'error',
  '19.076': 'hang',
  '-33.8688': 'malformed',
  '1.3521': 'wrong-shape',
  '51.5072': 'reset',
};
const FIXED_TEMPERATURE: Record<string, number> = { '39.9042': 22.9 };

export function forecastBody(latitude: number, longitude: number, timezone: string, temperature: number) {
  const now = Math.floor(Date.now() / 1000);
  return {
    latitude,
    longitude,
    generationtime_ms: 0.05,
    utc_offset_seconds: 28800,
    timezone,
    timezone_abbreviation: 'GMT+8',
    elevation: 49,
    current_units: { time: 'unixtime', interval: 'seconds', temperature_2m: '°C', weather_code: 'wmo code' },
    current: { time: now - (now % 900), interval: 900, temperature_2m: temperature, weather_code: 1 },
    daily_units: { time: 'unixtime', temperature_2m_max: '°C', temperature_2m_min: '°C' },
    daily: {
      time: [now - (now % 86400)],
      temperature_2m_max: [temperature + 4.4],
      temperature_2m_min: [temperature - 6.8],
    },
  };
}

export function startWeatherStub(port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const calls = new Map<string, number>();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    if (url.pathname === '/__calls') {
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify(Object.fromEntries(calls)));
      return;
    }
    if (url.pathname === '/__reset') {
      calls.clear();
      response.end('ok');
      return;
    }
    if (url.pathname !== '/v1/forecast') {
      response.statusCode = 404;
      response.end(JSON.stringify({ error: true, reason: 'Not found' }));
      return;
    }
    const latitude = url.searchParams.get('latitude') ?? '';
    calls.set(latitude, (calls.get(latitude) ?? 0) + 1);
    const behaviour = BEHAVIOUR[latitude] ?? 'ok';
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    switch (behaviour) {
      case 'error':
        response.statusCode = 500;
        response.end(JSON.stringify({ error: true, reason: 'Internal server error' }));
        return;
      case 'hang':
        hanging.add(response);
        setTimeout(() => {
          hanging.delete(response);
          response.end('{}');
        }, 10_000).unref();
        return;
      case 'malformed':
        response.end('{"current": {"temperature_2m": 21.');
        return;
      case 'wrong-shape':
        response.end(JSON.stringify({ current: { temperature_2m: 'warm' } }));
        return;
      case 'reset':
        request.socket.destroy();
        return;
      default: {
        const lat = Number(latitude);
        const temperature = FIXED_TEMPERATURE[latitude] ?? Math.round((25 - Math.abs(lat) / 3) * 10) / 10;
        response.end(
          JSON.stringify(
            forecastBody(
              lat,
              Number(url.searchParams.get('longitude')),
              url.searchParams.get('timezone') ?? 'GMT',
              temperature,
            ),
          ),
        );
      }
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () => {
          for (const response of hanging) response.destroy();
          server.closeAllConnections();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}
