/**
 * postinstall: makes Next 16.4.6 keep the flight data (.rsc) of fully static pages it renders at run time on routes
 * with Cache Components, so they are read back from its disk cache instead of being rendered again whenever its
 * in-memory cache has dropped them (vercel/next.js#98306; the one-line fix of the open PR #98307). Without it, an
 * archive story rendered on its first request was rendered again on every later request that missed the 16 MB
 * memory cache (README, "Scale"). Next ships this code minified into each server runtime, so a line-based patch
 * file (patch-package) would carry whole bundles: the fix is applied here by pattern, and an install of 16.4.6 in
 * which a pattern is not found fails. Other versions are left alone with a warning, to be checked against #98306.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nextDir = path.dirname(require.resolve('next/package.json'));
const { version } = JSON.parse(fs.readFileSync(path.join(nextDir, 'package.json'), 'utf8'));
if (version !== '16.4.6') {
  console.warn(`patch-next-route-cache: next ${version} is not 16.4.6; not patched (see vercel/next.js#98306).`);
  process.exit(0);
}

// FileSystemCache.set() writes `.rsc` only when the route has no PPR, while get() needs it for every entry without
// postponed state: write it for those too, as the build's export does.
const readable = {
  from: 'if (!ctx.fetchCache && !ctx.isFallback && !ctx.isRoutePPREnabled) {',
  to: 'if (!ctx.fetchCache && !ctx.isFallback && (!ctx.isRoutePPREnabled || isAppPath && data.postponed == null)) {',
};
const minified = {
  from: /(\w+)\.fetchCache\|\|\1\.isFallback\|\|\1\.isRoutePPREnabled\|\|(\w+\.append\(this\.getFilePath\(`\$\{\w+\}\$\{(\w+)\?[\w.]+:[\w.]+\}`,\3\?[\w.]+:[\w.]+\),\3\?(\w+)\.rscData)/g,
  to: '$1.fetchCache||$1.isFallback||$1.isRoutePPREnabled&&!($3&&null==$4.postponed)||$2',
  done: /\.isRoutePPREnabled&&!\(\w+&&null==\w+\.postponed\)\|\|\w+\.append\(this\.getFilePath/,
};
const files = [
  'dist/server/lib/incremental-cache/file-system-cache.js',
  'dist/esm/server/lib/incremental-cache/file-system-cache.js',
  ...fs.readdirSync(path.join(nextDir, 'dist/compiled/next-server')).filter((name) => name.endsWith('.runtime.prod.js')).map((name) => `dist/compiled/next-server/${name}`),
];
let patched = 0;
const missing = [];
for (const relative of files) {
  const file = path.join(nextDir, relative);
  const source = fs.readFileSync(file, 'utf8');
  if (!source.includes('FileSystemCache: set')) continue;
  if (source.includes(readable.to) || minified.done.test(source)) continue;
  const next = source.includes(readable.from) ? source.replace(readable.from, readable.to) : source.replace(minified.from, minified.to);
  if (next === source) missing.push(relative);
  else {
    fs.writeFileSync(file, next);
    patched++;
  }
}
if (missing.length > 0) {
  console.error(`patch-next-route-cache: the FileSystemCache.set() pattern was not found in:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`patch-next-route-cache: ${patched} file(s) of next ${version} patched (vercel/next.js#98306).`);
