/**
 * `npm start [-- -p PORT] [-H HOSTNAME]`: the production server (lib/http/production-server.ts), after
 * `npm run build`. Like `next start`, PORT and HOSTNAME are read from the environment when not given.
 * FRONT_CACHE_TTL_SECONDS (default 10) and FRONT_CACHE_MB (default 64) size the front cache;
 * HEAP_GROWING_PERCENT (default 30; 0 leaves V8's own choice) bounds the heap's headroom.
 */
import { parseArgs } from 'node:util';
import v8 from 'node:v8';

// Next reads NODE_ENV when it loads; the production build needs it to be production.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' });
const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
const ttl = Number(process.env.FRONT_CACHE_TTL_SECONDS ?? 10);
const megabytes = Number(process.env.FRONT_CACHE_MB ?? 64);
const heapGrowingPercent = Number(process.env.HEAP_GROWING_PERCENT ?? 30);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${values.port ?? process.env.PORT}`);
if (!(ttl >= 0) || !(megabytes >= 0)) throw new Error('FRONT_CACHE_TTL_SECONDS and FRONT_CACHE_MB must be numbers >= 0');
if (!Number.isInteger(heapGrowingPercent) || heapGrowingPercent < 0) throw new Error(`Invalid HEAP_GROWING_PERCENT: ${process.env.HEAP_GROWING_PERCENT}`);
// Between full collections V8 lets the heap grow to up to 4x its live size, so a server holding a 100,000-story
// index (about 220 MB live) sat at 900 MB and more. A relative bound keeps memory near the live size, costs more
// frequent full collections, and, unlike --max-old-space-size, cannot run a larger archive out of heap. V8 reads
// this flag at each collection, so setting it here, before Next loads, takes effect.
if (heapGrowingPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);

const { startProductionServer } = await import('../lib/http/production-server');
const started = Date.now();
await startProductionServer({ hostname, port, frontCacheTtlSeconds: ttl, frontCacheBytes: megabytes * 1024 * 1024 });
console.log(`✓ Ready in ${Date.now() - started}ms on http://${hostname}:${port}`);
