/**
 * The benchmark's baseline: a bare node:http server answering with bytes held in memory, what a page costs with no
 * rendering, routing or caching logic at all. Run as its own process (so it does not share the load generator's
 * event loop): `tsx bench/pages/baseline-server.ts SNAPSHOT.json PORT`. Prints "listening" when ready. Like any cache,
 * it keeps each page gzipped once and sends that to clients that accept gzip, with the headers the page came with.
 */
import fs from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';

export interface SnapshotEntry {
  contentType: string;
  /** The page's other end-to-end headers, sent as they were: a cache sends them too, and a client reads them. */
  headers: Record<string, string>;
  body: string;
}
/** `pages` by path; `fallback` answers any other path (the uncached-article target asks for ever new paths). */
export interface Snapshot {
  pages: Record<string, SnapshotEntry>;
  fallback?: SnapshotEntry;
}

const [snapshotFile, port] = process.argv.slice(2);
if (!snapshotFile || !port) {
  console.error('usage: tsx bench/pages/baseline-server.ts SNAPSHOT.json PORT');
  process.exit(2);
}
const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as Snapshot;
const toResponse = (entry: SnapshotEntry) => {
  const body = Buffer.from(entry.body);
  return { contentType: entry.contentType, headers: entry.headers, body, gzipped: zlib.gzipSync(body) };
};
const responses = new Map(Object.entries(snapshot.pages).map(([path, entry]) => [path, toResponse(entry)]));
const fallback = snapshot.fallback ? toResponse(snapshot.fallback) : undefined;

http
  .createServer((request, response) => {
    const entry = responses.get(request.url ?? '/') ?? fallback;
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzipped : entry.body;
    response
      .writeHead(200, {
        ...entry.headers,
        'Content-Type': entry.contentType,
        'Content-Length': body.length,
        ...(gzip && { 'Content-Encoding': 'gzip' }),
      })
      .end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log('listening'));
