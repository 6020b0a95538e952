import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { expect, test } from '@playwright/test';
import type { Readiness } from '../lib/http/health';
import type { PopularList } from '../lib/popular/popular-list';
import { makeReadOnly, makeWritable } from '../lib/views/read-only-file';
import { startRedisServer, type RedisServer } from '../serving/redis-server';
import { SqliteViewStore } from '../lib/views/sqlite-view-store';
import { startOwnServer, stopOwnServer, type OwnServer } from './own-server';
import { rawRequest } from './raw-http';

/**
 * The view store failing under a running `next start` (its own, on E2E_PORT+20): SQLite locked by another
 * connection, SQLite read-only, Redis stopped (a real redis-server on E2E_PORT+90). Pages stay 200, beacons get
 * a quick 503, /api/health reports the store, and counting resumes without a restart, counting nobody twice.
 */
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT = BASE_PORT + 20;
const REDIS_PORT = BASE_PORT + 90;
const ARTICLE = 'gold-climbs-as-central-banks-keep-buying';
/** Refusals come at once; this bound only catches a request left hanging on the broken store. */
const FAST_ENOUGH_MS = 10_000;
const ranking = { POPULAR_WINDOW_HOURS: '1', POPULAR_REFRESH_SECONDS: '2', POPULAR_MIN_VIEWS: '1' };
const ADDRESSES: Record<string, string> = { alice: '198.51.100.1', bob: '198.51.100.2', 'warm-up': '198.51.100.3' };
const reader = (name: string) => ({
  address: ADDRESSES[name]!,
  userAgent: `Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36 ${name}`,
});

async function beacon(name: string, slug = ARTICLE) {
  const { address, userAgent } = reader(name);
  const started = Date.now();
  const response = await rawRequest(PORT, {
    method: 'POST',
    path: '/api/views',
    headers: [`User-Agent: ${userAgent}`, `X-Forwarded-For: ${address}`, 'Content-Type: application/json'],
    body: JSON.stringify({ slug }),
  });
  return { status: response.status, ms: Date.now() - started };
}

/** Loads the beacon route without touching the store, so that the timings below are not a cold start's. */
async function warmUp() {
  expect((await beacon('warm-up', 'no-such-article')).status).toBe(404);
}

async function health(): Promise<{ status: number; body: Readiness }> {
  const response = await rawRequest(PORT, { path: '/api/health' });
  return { status: response.status, body: JSON.parse(response.body) as Readiness };
}

async function expectPagesServed() {
  for (const target of ['/', `/articles/${ARTICLE}`, '/section/business']) {
    const response = await rawRequest(PORT, { path: target });
    expect(response.status, target).toBe(200);
    expect(response.body, target).toContain('data-testid="most-popular"');
  }
}

/** While the store is down: quick 503s, the store reported in /api/health, pages unaffected. */
async function expectCountingPaused(server: OwnServer) {
  await warmUp();
  for (const name of ['bob', 'alice']) {
    const refused = await beacon(name);
    expect(refused.status, name).toBe(503);
    expect(refused.ms, name).toBeLessThan(FAST_ENOUGH_MS);
  }
  const during = await health();
  expect(during.status).toBe(200);
  expect(during.body.ready).toBe(true);
  expect(during.body.checks.views.ok).toBe(false);
  await expectPagesServed();
  expect(server.child.exitCode).toBeNull();
}

/** After the store is back: bob (refused during the fault) counts once, alice (counted before) not again. */
async function expectCountingResumed(server: OwnServer) {
  await expect.poll(async () => (await beacon('bob')).status, { timeout: 15_000, intervals: [500] }).toBe(202);
  expect((await beacon('bob')).status).toBe(204);
  expect((await beacon('alice')).status).toBe(204);
  expect((await health()).body.checks.views).toEqual({ ok: true });
  expect(server.log()).not.toMatch(/unhandledRejection|uncaughtException/);
}

function sqliteViews(file: string): number {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT COALESCE(SUM(views), 0) AS views FROM view_counts WHERE slug = ?').get(ARTICLE) as {
    views: number;
  };
  db.close();
  return row.views;
}

test.describe('view store faults', () => {
  test.describe.configure({ timeout: 120_000 });
  let server: OwnServer | null = null;
  let dataDir: string;
  const undo: (() => Promise<void> | void)[] = [];
  test.beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `meridian-view-faults-${PORT}-`));
  });
  test.afterEach(async () => {
    for (const step of undo.splice(0).reverse()) await step();
    if (server) await stopOwnServer(server);
    server = null;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('SQLite locked by another connection (BEGIN EXCLUSIVE)', async () => {
    server = await startOwnServer(PORT, { VIEWS_DATA_DIR: dataDir, ...ranking });
    expect((await beacon('alice')).status).toBe(202);
    const other = new Database(path.join(dataDir, 'views.sqlite'));
    undo.push(() => void (other.open && other.close()));
    other.exec('BEGIN EXCLUSIVE');

    await expectCountingPaused(server);
    other.exec('COMMIT');
    await expectCountingResumed(server);
    expect(sqliteViews(path.join(dataDir, 'views.sqlite'))).toBe(2);
  });

  test('SQLite file read-only', async () => {
    // The file exists, as after an earlier run, but cannot be written (the kernel checks when the server opens it).
    const seed = new SqliteViewStore(dataDir);
    await seed.probe();
    await seed.close();
    const file = path.join(dataDir, 'views.sqlite');
    makeReadOnly(file);
    undo.push(() => makeWritable(file));
    server = await startOwnServer(PORT, { VIEWS_DATA_DIR: dataDir, ...ranking });

    await expectCountingPaused(server);
    // Readership can still be read from a read-only file, so the list does not claim it is unavailable.
    const list = JSON.parse((await rawRequest(PORT, { path: '/api/popular?limit=8' })).body) as PopularList;
    expect(list.readershipUnavailable).toBe(false);
    makeWritable(file);
    // Alice was refused too, so she counts once now, like Bob.
    await expect.poll(async () => (await beacon('alice')).status, { timeout: 15_000, intervals: [500] }).toBe(202);
    await expectCountingResumed(server);
    expect(sqliteViews(file)).toBe(2);
  });

  test('Redis stopped, then started again', async ({ page }) => {
    let redis: RedisServer = await startRedisServer({ port: REDIS_PORT, dataDir });
    undo.push(() => redis.stop());
    server = await startOwnServer(PORT, { REDIS_URL: redis.url, ...ranking });
    expect((await beacon('alice')).status).toBe(202);

    await redis.stop();
    await expectCountingPaused(server);
    // The ranking cannot be read either: the block says the editors picked the list, and why.
    await expect
      .poll(
        async () =>
          (JSON.parse((await rawRequest(PORT, { path: '/api/popular?limit=8' })).body) as PopularList)
            .readershipUnavailable,
        { timeout: 15_000, intervals: [500] },
      )
      .toBe(true);
    // A page's sidebar shows that list once it refreshes itself (react-query, every 5 minutes: the clock is moved).
    await page.clock.install();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.clock.fastForward('05:01');
    await expect(page.getByTestId('most-popular')).toContainText(
      'Picked by our editors: readership figures are unavailable at the moment',
    );

    redis = await startRedisServer({ port: REDIS_PORT, dataDir });
    await expectCountingResumed(server);
    const admin = new Redis(redis.url);
    const hours = await admin.keys('meridian:views:h:*');
    const views = await Promise.all(hours.map((key) => admin.hget(key, ARTICLE)));
    admin.disconnect();
    expect(views.reduce((sum, value) => sum + Number(value ?? 0), 0)).toBe(2);
  });
});
