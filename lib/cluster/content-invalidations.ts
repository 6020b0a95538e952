import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { onRemoteInvalidation, type ContentInvalidation } from './on-remote-invalidation';

const CHANNEL = 'meridian:content-invalidations';
const acksKey = (id: string) => `${CHANNEL}:acks:${id}`;
/** How long the sender waits for every instance to reload before it invalidates the tags anyway. */
const ACK_TIMEOUT_MS = 5_000;

// On globalThis: the route handlers and instrumentation are bundled separately but are one instance.
const STATE = Symbol.for('meridian.cluster');
type ClusterState = { id: string; commands?: Redis };
const holder = globalThis as typeof globalThis & { [STATE]?: ClusterState };

function state(): ClusterState {
  holder[STATE] ??= { id: randomUUID() };
  return holder[STATE];
}

function connect(url: string): Redis {
  const redis = new Redis(url, {
    connectTimeout: 1_000,
    commandTimeout: 2_000,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let lastLogged = 0;
  redis.on('error', (error: Error) => {
    if (Date.now() - lastLogged < 60_000) return;
    lastLogged = Date.now();
    console.error(`Content invalidations (Redis): ${error.message}`);
  });
  return redis;
}

function commands(url: string): Redis {
  const current = state();
  current.commands ??= connect(url);
  return current.commands;
}

export interface ReloadAnnouncement {
  /** Instances subscribed when the message was sent (this one included). */
  instances: number;
  /** Instances that reloaded their content before the tags were invalidated. */
  acknowledged: number;
}

/**
 * Tells every instance to reload its content and waits (at most 5 s) until each has, so that the caller
 * can then invalidate the shared cache tags knowing that no instance will re-render from old content.
 */
export async function announceContentReload(url: string, tags: string[]): Promise<ReloadAnnouncement> {
  const redis = commands(url);
  const message: ContentInvalidation = { id: randomUUID(), origin: state().id, tags };
  const instances = await redis.publish(CHANNEL, JSON.stringify(message));
  const deadline = Date.now() + ACK_TIMEOUT_MS;
  let acknowledged = await redis.llen(acksKey(message.id));
  while (acknowledged < instances && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    acknowledged = await redis.llen(acksKey(message.id));
  }
  if (acknowledged < instances)
    console.error(`Content invalidation ${message.id}: ${acknowledged} of ${instances} instances reloaded in time`);
  return { instances, acknowledged };
}

/** Subscribes this instance to content invalidations (started once per process by instrumentation.ts). */
export function subscribeToContentInvalidations(url: string): void {
  const subscriber = connect(url);
  let connectedBefore = false;
  subscriber.on('ready', () => {
    // Messages published while the connection was down were lost: reload in case one of them was missed.
    if (connectedBefore) onRemoteInvalidation({ id: 'after-reconnect', origin: 'redis', tags: [] }, false);
    connectedBefore = true;
  });
  subscriber.on('message', (channel: string, raw: string) => {
    let message: ContentInvalidation;
    try {
      message = JSON.parse(raw) as ContentInvalidation;
    } catch {
      return;
    }
    onRemoteInvalidation(message, message.origin === state().id);
    commands(url)
      .multi()
      .rpush(acksKey(message.id), state().id)
      .expire(acksKey(message.id), 60)
      .exec()
      .catch(() => {});
  });
  subscriber
    .subscribe(CHANNEL)
    .catch((error: Error) => console.error(`Content invalidations: cannot subscribe: ${error.message}`));
}
