import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const STUB_PORT = PORT + 99;
export const WEATHER_STUB_URL = `http://127.0.0.1:${STUB_PORT}`;

/** End-to-end tests in Debian's Chromium against the production build (`npm run build` first). */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      // A local Open-Meteo stand-in that speaks the real API's format (scripts/weather-stub-server.ts).
      command: `npx tsx scripts/weather-stub.ts ${STUB_PORT}`,
      url: `${WEATHER_STUB_URL}/__calls`,
      reuseExistingServer: false,
    },
    {
      command: `npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NODE_ENV: 'production', WEATHER_API_URL: WEATHER_STUB_URL },
    },
  ],
});
