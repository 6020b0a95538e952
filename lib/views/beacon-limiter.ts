import { RateLimiter } from './rate-limit';
import { readViewConfig } from './view-config';

const KEY = Symbol.for('meridian.beaconLimiter');
const holder = globalThis as typeof globalThis & { [KEY]?: RateLimiter };

/** The process's beacon rate limiter (VIEWS_RATE_LIMIT_PER_MINUTE per client). */
export function getBeaconLimiter(): RateLimiter {
  holder[KEY] ??= new RateLimiter(readViewConfig().ratePerMinute);
  return holder[KEY];
}
