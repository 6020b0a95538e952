import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_SECRETS, WEATHER_STUB_URL } from '../playwright.config';
import { seedDeskAccounts } from '../test-support/desk-accounts';

export interface OwnServer {
  child: ChildProcess;
  log: () => string;
  exited: Promise<number | null>;
  contentDir: string;
  scratchDir: string;
}

/**
 * A production server (`npm start`: `next start`) of the build, apart from the suite's shared server, for tests that read its log, break what it
 * depends on or stop it: its own port, its own scratch copy of data/ and view store, and any extra environment.
 */
export async function startOwnServer(port: number, env: Record<string, string> = {}): Promise<OwnServer> {
  const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), `meridian-own-server-${port}-`));
  const contentDir = path.join(scratchDir, 'content');
  fs.cpSync(path.join(process.cwd(), 'data'), contentDir, { recursive: true });
  await seedDeskAccounts(path.join(scratchDir, 'desk'));
  const child = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CONTENT_DIR: contentDir,
      WEATHER_API_URL: WEATHER_STUB_URL,
      ...E2E_SECRETS,
      VIEWS_DATA_DIR: path.join(scratchDir, 'views'),
      DESK_DATA_DIR: path.join(scratchDir, 'desk'),
      MERIDIAN_ISR_FLUSH_TO_DISK: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (!/Ready in/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      fs.rmSync(scratchDir, { recursive: true, force: true });
      throw new Error(`server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // `next start` runs instrumentation's register() while preparing for its first request: make that request here,
  // so the tests' requests all carry their socket address (lib/http/client-address.ts).
  await fetch(`http://127.0.0.1:${port}/api/health`)
    .then((r) => r.arrayBuffer())
    .catch(() => {});
  return { child, log: () => output, exited, contentDir, scratchDir };
}

export async function stopOwnServer(server: OwnServer) {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await server.exited;
  fs.rmSync(server.scratchDir, { recursive: true, force: true });
}
