import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '../../serving/redis-server';
import { RedisRevocationStore } from './redis-revocations';
import type { RevocationStore } from './revocation-store';
import { SqliteRevocationStore } from './sqlite-revocations';

function describeRevocations(name: string, open: () => Promise<RevocationStore>) {
  describe(`${name} revocations`, () => {
    it('holds a revoked id until the grant would have expired, for every store on the same data', async () => {
      const [a, b] = [await open(), await open()];
      const now = Date.now();
      expect(await a.isRevoked('grant-1')).toBe(false);
      await a.revoke('grant-1', now + 60_000);
      expect(await a.isRevoked('grant-1')).toBe(true);
      expect(await b.isRevoked('grant-1')).toBe(true);
      expect(await b.isRevoked('grant-2')).toBe(false);
      await a.revoke('grant-3', now + 300);
      await new Promise((r) => setTimeout(r, 400));
      expect(await b.isRevoked('grant-3')).toBe(false);
      await Promise.all([a.close(), b.close()]);
    });
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-revocations-'));
describeRevocations('SQLite', async () => new SqliteRevocationStore(path.join(dir, 'revocations.sqlite')));

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});
describeRevocations('Redis', async () => new RedisRevocationStore(redis.url));
