import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '../../serving/redis-server';
import { announceContentReload, subscribeToContentInvalidations } from './content-invalidations';

// This process subscribes as one instance; a bare Redis subscriber stands for an instance that never answers.
let server: RedisServer;
let silentInstance: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  subscribeToContentInvalidations(server.url);
  silentInstance = new Redis(server.url);
  await silentInstance.subscribe('meridian:content-invalidations');
});
afterAll(async () => {
  silentInstance.disconnect();
  await server.stop();
});

describe('content invalidations across instances', () => {
  it('waits for every subscribed instance, at most 5 s, and says how many reloaded', async () => {
    const received = new Promise<string>((resolve) =>
      silentInstance.once('message', (_channel: string, raw: string) => resolve(raw)),
    );
    const started = Date.now();
    const result = await announceContentReload(server.url, ['content', 'article:x']);
    const waited = Date.now() - started;
    expect(result).toEqual({ instances: 2, acknowledged: 1 });
    expect(waited).toBeGreaterThanOrEqual(4_900);
    expect(JSON.parse(await received)).toMatchObject({
      id: expect.any(String),
      origin: expect.any(String),
      tags: ['content', 'article:x'],
    });
  });

  it('answers as soon as every instance has acknowledged', async () => {
    await silentInstance.unsubscribe();
    expect(await announceContentReload(server.url, ['content'])).toEqual({ instances: 1, acknowledged: 1 });
  });
});
