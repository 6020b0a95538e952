/**
 * Preloaded into the server by `npm run load` (NODE_OPTIONS=--import): appends `process.memoryUsage()` as one JSON
 * line every 5 s to MERIDIAN_MEMORY_LOG, so growth can be told apart (pid: child processes inherit NODE_OPTIONS): JS heap, external (Buffers), array buffers.
 */
import fs from 'node:fs';

const file = process.env.MERIDIAN_MEMORY_LOG;
if (file) {
  const sample = () => fs.appendFileSync(file, `${JSON.stringify({ at: Date.now(), pid: process.pid, ...process.memoryUsage() })}\n`);
  sample();
  setInterval(sample, 5000).unref();
}
