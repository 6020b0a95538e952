import path from 'node:path';
import { readViewConfig } from '../views/view-config';
import { RedisRevocationStore } from './redis-revocations';
import { SqliteRevocationStore } from './sqlite-revocations';

/**
 * Grants (editor sessions, preview grants) ended before their expiry, shared by every instance: in Redis when
 * REDIS_URL is set, else in a SQLite file beside the view store. An id is kept until the grant would have expired.
 * A store that cannot answer counts every grant as revoked (fail closed).
 */
export interface RevocationStore {
  revoke(id: string, untilMs: number): Promise<void>;
  isRevoked(id: string, now?: number): Promise<boolean>;
  close(): Promise<void>;
}

const KEY = Symbol.for('meridian.revocations');
const holder = globalThis as typeof globalThis & { [KEY]?: RevocationStore };

export function getRevocationStore(): RevocationStore {
  const config = readViewConfig();
  holder[KEY] ??= config.redisUrl
    ? new RedisRevocationStore(config.redisUrl)
    : new SqliteRevocationStore(path.join(config.dataDir, 'revocations.sqlite'));
  return holder[KEY];
}

/** Whether a grant is still in force; false also when the store cannot answer. */
export async function notRevoked(id: string): Promise<boolean> {
  try {
    return !(await getRevocationStore().isRevoked(id));
  } catch (error) {
    console.error(`Revocation store: ${(error as Error).message}`);
    return false;
  }
}
