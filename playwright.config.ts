import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './test-support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const STUB_PORT = PORT + 99;
export const WEATHER_STUB_URL = `http://127.0.0.1:${STUB_PORT}`;
/** The server reads a scratch copy of data/ (made fresh at each start), so tests can edit content. */
export const E2E_CONTENT_DIR = path.join(os.tmpdir(), `meridian-e2e-content-${PORT}`);
export const E2E_SECRETS = {
  PREVIEW_SECRET: 'e2e-preview-secret-0123456789abcdef',
  REVALIDATE_SECRET: 'e2e-revalidate-secret-0123456789abcdef',
};
/** The desk's accounts, seeded fresh at each start with the admin of test-support/desk-accounts.ts. */
export const E2E_DESK_DATA_DIR = path.join(os.tmpdir(), `meridian-e2e-desk-${PORT}`);
/** Pictures uploaded at the desk (MEDIA_DIR), emptied at each start. */
export const E2E_MEDIA_DIR = path.join(os.tmpdir(), `meridian-e2e-media-${PORT}`);
/** A fresh view store per run; a short ranking window and cache time so views show within seconds. */
export const VIEWS_DATA_DIR = path.join(os.tmpdir(), `meridian-e2e-views-${PORT}`);

/** End-to-end tests in Debian's Chromium against the production build (`npm run build` first). */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  // A hang guard, not a speed check: a busy CI machine can take seconds over a render.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
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
      command: `rm -rf ${VIEWS_DATA_DIR} ${E2E_MEDIA_DIR} && npx tsx scripts/e2e-content.ts ${E2E_CONTENT_DIR} ${E2E_DESK_DATA_DIR} && npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NODE_ENV: 'production',
        // As at build: pages and feeds rendered at run time (after an edit) name this server, not localhost:3000.
        SITE_URL: `http://127.0.0.1:${PORT}`,
        WEATHER_API_URL: WEATHER_STUB_URL,
        CONTENT_DIR: E2E_CONTENT_DIR,
        ...E2E_SECRETS,
        DESK_DATA_DIR: E2E_DESK_DATA_DIR,
        MEDIA_DIR: E2E_MEDIA_DIR,
        VIEWS_DATA_DIR,
        POPULAR_WINDOW_HOURS: '1',
        POPULAR_REFRESH_SECONDS: '2',
        POPULAR_MIN_VIEWS: '2',
      },
    },
  ],
});
