import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const nextDir = path.dirname(require.resolve('next/package.json'));

describe('Next route cache patch (postinstall, vercel/next.js#98306)', () => {
  it('a fully static page stored on a Cache Components route is read back from disk with its flight data', async () => {
    const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js');
    const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js');
    const { CachedRouteKind, IncrementalCacheKind } = require('next/dist/server/response-cache/types.js');
    const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-route-cache-'));
    try {
      // No memory store: every read goes to the files, as after the 16 MB LRU has dropped the entry.
      const cache = new FileSystemCache({ fs: nodeFs, flushToDisk: true, serverDistDir, revalidatedTags: [], maxMemoryCacheSize: 0 });
      const key = '/route-cache/APP_PAGE/test/$/articles/archive-story';
      const rscData = Buffer.from('0:["flight data of the story"]');
      const value = { kind: CachedRouteKind.APP_PAGE, html: '<html>story</html>', rscData, headers: {}, status: 200, postponed: undefined, segmentData: new Map() };
      await cache.set(key, value, { isRoutePPREnabled: true, isFallback: false, cacheControl: { revalidate: 300, expire: 3600 } });
      const read = await cache.get(key, { kind: IncrementalCacheKind.APP_PAGE, isRoutePPREnabled: true, isFallback: false });
      expect(read?.value?.html).toBe('<html>story</html>');
      expect(Buffer.compare(read.value.rscData, rscData)).toBe(0);
    } finally {
      fs.rmSync(serverDistDir, { recursive: true, force: true });
    }
  });

  it('every production server runtime that writes the route cache carries the fix', () => {
    const runtimes = fs.readdirSync(path.join(nextDir, 'dist/compiled/next-server')).filter((name) => name.endsWith('.runtime.prod.js'));
    const writers = runtimes.filter((name) => fs.readFileSync(path.join(nextDir, 'dist/compiled/next-server', name), 'utf8').includes('FileSystemCache: set'));
    expect(writers).toContain('app-page-turbo.runtime.prod.js');
    for (const name of writers) {
      expect(fs.readFileSync(path.join(nextDir, 'dist/compiled/next-server', name), 'utf8'), name).toMatch(/\.isRoutePPREnabled&&!\(\w+&&null==\w+\.postponed\)\|\|/);
    }
  });
});
