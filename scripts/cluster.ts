/**
 * `npm run cluster [-- --instances N --port P --app-port A --redis-port R]`: the production build (run
 * `npm run build` first) as N instances on loopback ports A, A+1, ... sharing one cache, view store and
 * revalidations through a redis-server on R (or REDIS_URL when set), behind nginx on P as round-robin load
 * balancer and HTTP cache (scripts/cluster/nginx-config.ts). Ctrl-C stops everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startRedisServer, type RedisTestServer } from '../lib/views/redis-test-server';
import { nginxConfig } from './cluster/nginx-config';

const { values: args } = parseArgs({
  options: {
    instances: { type: 'string', default: '2' },
    port: { type: 'string', default: '3000' },
    'app-port': { type: 'string' },
    'redis-port': { type: 'string', default: '6390' },
    'cache-seconds': { type: 'string', default: '5' },
  },
});
const instances = boundedInt(args.instances, 'instances', 1, 16);
const lbPort = boundedInt(args.port, 'port', 1, 65535);
const firstAppPort = boundedInt(args['app-port'] ?? String(lbPort + 1), 'app-port', 1, 65535);
const redisPort = boundedInt(args['redis-port'], 'redis-port', 1, 65535);
const cacheSeconds = boundedInt(args['cache-seconds'], 'cache-seconds', 1, 3600);

function boundedInt(raw: string, name: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be an integer from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
}

const children: { name: string; child: ChildProcess }[] = [];
let redis: RedisTestServer | null = null;
let stopping = false;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-cluster-'));

function run(name: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) =>
    target.write(chunk.toString().replace(/\n(?=.)/g, `\n${prefix}`).replace(/^/, prefix));
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  child.once('exit', (code, signal) => {
    if (!stopping) console.log(`${prefix}exited (${signal ?? code}); the load balancer sends its requests to the others`);
  });
  children.push({ name, child });
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
    children.reverse().map(({ child }) => {
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

  const appPorts = Array.from({ length: instances }, (_, i) => firstAppPort + i);
  const apps = appPorts.map((port, i) =>
    // The same server as `npm start` (front cache, hash-based CSP), one per port.
    run(`instance ${i + 1}`, process.execPath, ['--import', 'tsx', 'scripts/start.ts', '-p', String(port), '-H', '127.0.0.1'], { ...process.env, NODE_ENV: 'production', REDIS_URL: redisUrl }),
  );
  await Promise.all(appPorts.map((port, i) => waitFor(`http://127.0.0.1:${port}/api/health`, `instance ${i + 1}`)));

  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig({ port: lbPort, upstreamPorts: appPorts, dir, cacheSeconds, rootUser: process.getuid?.() === 0 ? os.userInfo().username : undefined }));
  const nginxBin = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const nginx = run('nginx', nginxBin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')]);
  await waitFor(`http://127.0.0.1:${lbPort}/api/health`, 'nginx', 15_000);

  console.log(`Meridian cluster ready (nginx keeps pages at most ${cacheSeconds} s):`);
  console.log(`  load balancer  http://127.0.0.1:${lbPort}  (nginx, pid ${nginx.pid})`);
  apps.forEach((app, i) => console.log(`  instance ${i + 1}     http://127.0.0.1:${appPorts[i]}  (pid ${app.pid})`));
  console.log(`  redis          ${redisUrl}`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error: Error) => {
  console.error(error.message);
  void stop(1);
});
