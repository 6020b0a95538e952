import { RedisViewStore } from './redis-view-store';
import { SqliteViewStore } from './sqlite-view-store';
import { readViewConfig } from './view-config';
import type { ViewStore } from './view-store';

// On globalThis: Next may load this module in several server bundles of one process; they share one store.
const KEY = Symbol.for('meridian.viewStore');
const holder = globalThis as typeof globalThis & { [KEY]?: ViewStore };

/** The process's view store: Redis when REDIS_URL is set, otherwise the SQLite file in VIEWS_DATA_DIR. */
export function getViewStore(): ViewStore {
  if (!holder[KEY]) {
    const config = readViewConfig();
    holder[KEY] = config.redisUrl ? new RedisViewStore(config.redisUrl) : new SqliteViewStore(config.dataDir);
  }
  return holder[KEY];
}
