/**
 * `npm run bench:front-cache [-- --path /feed.xml --seconds 10 --connections 50 --port 3350]` (after `npm run build`):
 * requests per second for one page from the production server (`npm start`, front cache warm), from a baseline Node
 * HTTP server sending the same bytes from memory, and from `next start` alone; one server at a time, each in its own
 * process, with a local weather upstream. Prints each figure and the front cache's share of the baseline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startWeatherStub } from './weather-stub-server';

const { values } = parseArgs({
  options: {
    path: { type: 'string', default: '/' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    port: { type: 'string', default: '3350' },
  },
});
const port = Number(values.port);
const url = `http://127.0.0.1:${port}`;

/** The baseline: the page's bytes and content type from memory, with nothing else to do. */
const BASELINE_SERVER = `
const http = require('node:http');
const body = require('node:fs').readFileSync(process.argv[1]);
http.createServer((req, res) => res.writeHead(200, { 'Content-Type': process.argv[2], 'Content-Length': body.length }).end(body)).listen(Number(process.argv[3]), '127.0.0.1');
`;

async function waitFor(target: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(target)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${target} did not answer within 60 s`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function measure(duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url: url + values.path, connections: Number(values.connections), duration }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function bench(name: string, start: () => ChildProcess, whenReady?: () => Promise<void>): Promise<autocannon.Result> {
  const child = start();
  try {
    await waitFor(url + values.path, child);
    await whenReady?.();
    await measure(2);
    const result = await measure(Number(values.seconds));
    const failures = result.non2xx + result.errors + result.timeouts;
    console.log(`${name.padEnd(36)} ${Math.round(result.requests.average).toString().padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  non-2xx/errors ${failures}`);
    return result;
  } finally {
    await stop(child);
  }
}

async function main() {
  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('No production build: run npm run build first.');
  const stub = await startWeatherStub(port + 3);
  const env = { ...process.env, NODE_ENV: 'production' as const, WEATHER_API_URL: stub.url };
  const node = (args: string[]) => () => spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const bodyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-')), 'page');
  try {
    console.log(`${values.path}: ${values.connections} connections, ${values.seconds} s each (after 2 s of warm-up), one server at a time`);
    const startServer = node(['--import', 'tsx', path.join('scripts', 'start.ts'), '-p', String(port), '-H', '127.0.0.1']);
    const front = await bench('npm start (front cache)', startServer, async () => {
      // The page's bytes for the baseline; the repeat shows whether the cache serves it.
      const response = await fetch(url + values.path, { headers: { 'accept-encoding': 'identity' } });
      fs.writeFileSync(bodyFile, Buffer.from(await response.arrayBuffer()));
      fs.writeFileSync(`${bodyFile}.type`, response.headers.get('content-type') ?? 'text/html');
      const again = await fetch(url + values.path);
      console.log(`  Cache-Control: ${again.headers.get('cache-control')}; X-Cache on repeat: ${again.headers.get('x-cache')}`);
    });
    const contentType = fs.readFileSync(`${bodyFile}.type`, 'utf8');
    const baseline = await bench(`baseline (${fs.statSync(bodyFile).size} bytes from memory)`, node(['-e', BASELINE_SERVER, bodyFile, contentType, String(port)]));
    await bench('next start alone', node([path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1']));
    console.log(`front cache / baseline: ${((100 * front.requests.average) / baseline.requests.average).toFixed(0)}% (goal: at least 50%)`);
  } finally {
    await stub.close();
    fs.rmSync(path.dirname(bodyFile), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
