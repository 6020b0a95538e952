/**
 * Starts the production build as `npm start` runs it (`next start`) for the benchmarks, with a local weather upstream
 * so the reader bar never waits on the internet, and a scratch view store.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWeatherStub } from '../../scripts/weather-stub-server';

export interface ProductionServer {
  url: string;
  pid: number;
  close: () => Promise<void>;
}

export async function waitForServer(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer in time`);
}

/**
 * The SITE_URL the build was made for (its homepage's canonical). The server must run with the same one: pages
 * re-rendered at run time would otherwise carry a second, different canonical URL next to the prerendered one.
 */
function buildSiteUrl(): string | undefined {
  const home = path.join('.next', 'server', 'app', 'index.html');
  if (!fs.existsSync(home)) return undefined;
  return /<link rel="canonical" href="([^"]+)"/.exec(fs.readFileSync(home, 'utf8'))?.[1];
}

/** `env` is added to the server's environment (e.g. CONTENT_DIR); the weather stub listens on `weatherPort`. */
export async function startProductionServer(
  port: number,
  env: Record<string, string> = {},
  weatherPort = port + 50,
): Promise<ProductionServer> {
  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('No production build: run npm run build first.');
  const stub = await startWeatherStub(weatherPort);
  const siteUrl = buildSiteUrl();
  const viewsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-measure-views-'));
  const server = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...(siteUrl ? { SITE_URL: siteUrl } : {}),
      ...process.env,
      NODE_ENV: 'production',
      WEATHER_API_URL: stub.url,
      VIEWS_DATA_DIR: viewsDir,
      MERIDIAN_ISR_FLUSH_TO_DISK: 'off',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopServer = () =>
    new Promise<void>((resolve) =>
      server.exitCode !== null ? resolve() : (server.once('exit', () => resolve()), server.kill('SIGTERM')),
    );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${url}/api/health`, Date.now() + 60_000);
  } catch (error) {
    await stopServer();
    await stub.close();
    throw error;
  }
  return {
    url,
    pid: server.pid!,
    close: async () => {
      await stopServer();
      await stub.close();
    },
  };
}
