/**
 * `npm run cluster [-- --instances N --port P --app-port A --redis-port R --purge-from NETS]`: the production
 * build (run `npm run build` first) as N `next start` instances on loopback ports A, A+1, ... sharing one cache,
 * view store and revalidations through a redis-server on R (or REDIS_URL when set), behind Varnish on P as
 * HTTP cache and round-robin load balancer (serving/varnish/meridian.vcl). Revalidations purge Varnish by cache
 * tag (lib/edge/purge-edge.ts). Ctrl-C or SIGTERM stops everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startRedisServer, type RedisServer } from './redis-server';
import { backendsVcl } from './varnish/backends-vcl';

const { values: args } = parseArgs({
  options: {
    instances: { type: 'string', default: '2' },
    port: { type: 'string', default: '3000' },
    'app-port': { type: 'string' },
    'redis-port': { type: 'string', default: '6390' },
    // Comma-separated addresses or networks that may purge besides loopback (instances on other machines).
    'purge-from': { type: 'string', default: '' },
  },
});
const instances = boundedInt(args.instances, 'instances', 1, 16);
const edgePort = boundedInt(args.port, 'port', 1, 65535);
const firstAppPort = boundedInt(args['app-port'] ?? String(edgePort + 1), 'app-port', 1, 65535);
const redisPort = boundedInt(args['redis-port'], 'redis-port', 1, 65535);
const purgers = args['purge-from'].split(',').filter(Boolean);

function boundedInt(raw: string, name: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be an integer from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
}

const children: ChildProcess[] = [];
let redis: RedisServer | null = null;
let stopping = false;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-cluster-'));

function run(name: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) =>
    target.write(
      chunk
        .toString()
        .replace(/\n(?=.)/g, `\n${prefix}`)
        .replace(/^/, prefix),
    );
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  child.once('exit', (code, signal) => {
    if (!stopping) console.log(`${prefix}exited (${signal ?? code})`);
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function stop(exitCode: number): Promise<never> {
  if (stopping) return new Promise<never>(() => {});
  stopping = true;
  console.log('Stopping the cluster...');
  await Promise.all(
    children.reverse().map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      return exited.then(() => clearTimeout(forced));
    }),
  );
  await redis?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(exitCode);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.');

  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    redis = await startRedisServer({ port: redisPort });
    redisUrl = redis.url;
  }

  const edge = `http://127.0.0.1:${edgePort}`;
  const appPorts = Array.from({ length: instances }, (_, i) => firstAppPort + i);
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    REDIS_URL: redisUrl,
    // Varnish is the only client of the instances: the reader's address is the one it forwards.
    TRUSTED_PROXIES: '127.0.0.1,::1',
    EDGE_PURGE_URLS: `${edge}/`,
  };
  const apps = appPorts.map((port, i) =>
    run(`instance ${i + 1}`, 'node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], appEnv),
  );
  await Promise.all(appPorts.map((port, i) => waitFor(`http://127.0.0.1:${port}/api/health`, `instance ${i + 1}`)));

  fs.writeFileSync(path.join(dir, 'backends.vcl'), backendsVcl({ ports: appPorts, purgers }));
  // Foreground (-F) so that it stops with this script; no jail (-j none): it runs as whoever started it and reads
  // the VCL where it is. Its working files and the generated backends live in this run's temporary folder.
  const varnish = run('varnish', '/usr/sbin/varnishd', [
    '-F',
    '-j',
    'none',
    '-n',
    path.join(dir, 'varnish'),
    '-a',
    `127.0.0.1:${edgePort}`,
    '-f',
    path.resolve('serving/varnish/meridian.vcl'),
    '-p',
    `vcl_path=${dir}`,
    '-s',
    'malloc,64m',
  ]);
  await waitFor(`${edge}/api/health`, 'Varnish', 30_000);

  console.log('Meridian cluster ready:');
  console.log(`  edge          ${edge}  (Varnish, pid ${varnish.pid})`);
  apps.forEach((app, i) => console.log(`  instance ${i + 1}    http://127.0.0.1:${appPorts[i]}  (pid ${app.pid})`));
  console.log(`  redis         ${redisUrl}`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error: Error) => {
  console.error(error.message);
  void stop(1);
});
