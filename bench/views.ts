/**
 * npm run bench:views [-- --store sqlite|redis] [--beacons N]
 *
 * Starts the production build (`npm run build` first) on BENCH_PORT (default 3150) with a fresh view store,
 * drives POST /api/views from 50 concurrent clients as simulated readers (each with its own address and user
 * agent, some re-reading a story the same day), prints accepted beacons per second, then reads the store
 * and checks that every article's count equals the unique views sent: nothing lost, nothing counted twice. Writes
 * its section of docs/performance.md.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getContentSnapshot } from '../lib/content/content-store';
import { isPublic } from '../lib/content/visibility';
import { RedisViewStore } from '../lib/views/redis-view-store';
import { startRedisServer, type RedisServer } from '../serving/redis-server';
import { SqliteViewStore } from '../lib/views/sqlite-view-store';
import { HOUR_MS, type ViewStore } from '../lib/views/view-store';
import { writeSection } from './shared/performance-doc';

const loadAverageAtStart = os.loadavg()[0]!;

const CONCURRENCY = 50;
const { values } = parseArgs({
  options: { store: { type: 'string', default: 'sqlite' }, beacons: { type: 'string', default: '10000' } },
});
const port = Number(process.env.BENCH_PORT ?? 3150);
const base = `http://127.0.0.1:${port}`;

interface Beacon {
  visitor: number;
  slug: string;
}

/** Readers with 1 to 12 stories each; one beacon in five repeats a story that reader already opened today. */
function plan(total: number, slugs: string[]): Beacon[] {
  const beacons: Beacon[] = [];
  // mulberry32: a small seeded generator, so every run sends the same beacons.
  let seed = 42;
  const next = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
  for (let visitor = 0; beacons.length < total; visitor += 1) {
    const read: string[] = [];
    for (let i = 1 + next(12); i > 0 && beacons.length < total; i -= 1) {
      const slug = read.length > 0 && next(5) === 0 ? read[next(read.length)]! : slugs[next(slugs.length)]!;
      read.push(slug);
      beacons.push({ visitor, slug });
    }
  }
  return beacons;
}

// Addresses from the benchmarking range (RFC 2544); they only ever appear in a header.
const addressOf = (visitor: number) => `198.18.${(visitor >> 8) & 255}.${visitor & 255}`;
const agentOf = (visitor: number) =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${visitor}.0 Safari/537.36`;

let retries = 0;

/** One beacon; a connection the server closed while idle is retried (a repeat could only be answered 204). */
async function send(beacon: Beacon): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(`${base}/api/views`, {
        method: 'POST',
        body: JSON.stringify({ slug: beacon.slug }),
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': agentOf(beacon.visitor),
          'X-Forwarded-For': addressOf(beacon.visitor),
        },
      });
    } catch (error) {
      if (attempt === 3) throw error;
      retries += 1;
    }
  }
}

async function waitForServer(child: ReturnType<typeof spawn>): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if (child.exitCode !== null) throw new Error('next start exited; is the port free and the build there?');
    try {
      if ((await fetch(`${base}/api/popular?limit=1`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('next start did not answer within 60 s');
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.');
  if (values.store !== 'sqlite' && values.store !== 'redis') throw new Error('--store must be sqlite or redis');
  const slugs = getContentSnapshot()
    .articles.filter((a) => isPublic(a, Date.now()))
    .map((a) => a.slug);
  const beacons = plan(Number(values.beacons), slugs);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-views-'));
  let redis: RedisServer | null = null;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', VIEWS_DATA_DIR: dataDir };
  if (values.store === 'redis') {
    redis = await startRedisServer();
    env.REDIS_URL = redis.url;
  }
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    { env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let store: ViewStore | null = null;
  try {
    await waitForServer(server);
    const startedAt = Date.now();
    const statuses = new Map<number, number>();
    const latencies: number[] = [];
    const accepted: Beacon[] = [];
    let cursor = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (cursor < beacons.length) {
          const beacon = beacons[cursor++]!;
          const sent = performance.now();
          const response = await send(beacon);
          await response.arrayBuffer();
          latencies.push(performance.now() - sent);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 202 || response.status === 204) accepted.push(beacon);
        }
      }),
    );
    const seconds = (Date.now() - startedAt) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);

    const expected = new Map<string, Set<number>>();
    for (const { slug, visitor } of accepted) expected.set(slug, (expected.get(slug) ?? new Set()).add(visitor));
    store = redis ? new RedisViewStore(redis.url) : new SqliteViewStore(dataDir);
    const stored = await store.countsBetween(startedAt - HOUR_MS, Date.now() + HOUR_MS);
    let lost = 0;
    let doubled = 0;
    for (const slug of new Set([...expected.keys(), ...stored.keys()])) {
      const diff = (stored.get(slug) ?? 0) - (expected.get(slug)?.size ?? 0);
      if (diff < 0) lost -= diff;
      else doubled += diff;
    }
    const unique = [...expected.values()].reduce((sum, set) => sum + set.size, 0);
    const storedTotal = [...stored.values()].reduce((sum, n) => sum + n, 0);

    const counted = statuses.get(202) ?? 0;
    const ok = lost === 0 && doubled === 0 && accepted.length === beacons.length && counted === unique;
    const lines = [
      `store: ${values.store}, ${CONCURRENCY} concurrent clients, ${beacons.length} beacons in ${seconds.toFixed(2)} s`,
      `statuses: ${[...statuses]
        .sort()
        .map(([status, n]) => `${status}×${n}`)
        .join(', ')}; network retries: ${retries}`,
      `accepted beacons/s: ${(accepted.length / seconds).toFixed(0)}   latency ms p50 ${pct(50)}, p95 ${pct(95)}, p99 ${pct(99)}, max ${pct(100)}`,
      `unique views sent: ${unique}   stored: ${storedTotal} over ${stored.size} articles   lost: ${lost}   counted twice: ${doubled}`,
      ok ? 'OK: every unique view stored exactly once' : 'FAILED: counts differ, or beacons were refused',
    ];
    for (const line of lines) console.log(line);
    writeSection({
      id: `views-${values.store}`,
      title: `View beacons, ${values.store} store (\`npm run bench:views\`)`,
      script: 'bench:views',
      loadAverageAtStart,
      body: lines.map((line) => `- ${line}`).join('\n'),
    });
    process.exitCode = ok ? 0 : 1;
  } finally {
    await store?.close();
    server.kill('SIGTERM');
    await redis?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ''}` : error);
  process.exitCode = 1;
});
