/**
 * Preloaded into the server by `npm run load` (NODE_OPTIONS=--import): appends `process.memoryUsage()` as one JSON
 * line every 5 s to MERIDIAN_MEMORY_LOG, so growth can be told apart: JS heap, external (Buffers), array buffers.
 * Child processes inherit NODE_OPTIONS (hence the pid) and so do worker threads, whose heap is their own: only the
 * main thread writes.
 */
import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.MERIDIAN_MEMORY_LOG;
if (file && isMainThread) {
  const sample = () =>
    fs.appendFileSync(file, `${JSON.stringify({ at: Date.now(), pid: process.pid, ...process.memoryUsage() })}\n`);
  sample();
  setInterval(sample, 5000).unref();
}
