import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RedisServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/**
 * Starts a `redis-server` on a loopback port for the shared store suite, the fault tests and the benchmark
 * (scripts/ensure-redis.sh installs it through apt when missing). By default a throw-away one on a free port,
 * without persistence. Given a `dataDir`, it keeps an append-only file there (fsync on every write, as a
 * production Redis would keep its data) that outlives `stop()`, so a server started again on the same port
 * and folder is the same Redis back from an outage.
 */
export async function startRedisServer(options: { port?: number; dataDir?: string } = {}): Promise<RedisServer> {
  const port = options.port ?? (await freePort());
  const dir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-redis-'));
  const persistence = options.dataDir ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Cannot run redis-server (run scripts/ensure-redis.sh): ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}):\n${output}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
