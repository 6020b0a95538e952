/**
 * One GET with a deadline over the whole exchange (headers and body), read to the end and decompressed, timed from
 * sending to the last byte. Plain node:http, so the crawler's and the reader's connections are pools of their own.
 */
import http from 'node:http';
import zlib from 'node:zlib';

export interface Fetched {
  url: string;
  /** 0 when there was no answer: see `error`. */
  status: number;
  contentType: string;
  location?: string;
  body: Buffer;
  ms: number;
  error?: 'timeout' | string;
}

function decode(encoding: string | undefined, body: Buffer): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  return body;
}

export function httpGet(
  url: string,
  agent: http.Agent,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<Fetched> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (result: Omit<Fetched, 'url' | 'ms'>) => resolve({ url, ms: performance.now() - started, ...result });
    const request = http.get(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) =>
        done({ status: 0, contentType: '', body: Buffer.alloc(0), error: error.message }),
      );
      response.on('end', () => {
        clearTimeout(timer);
        let body: Buffer = Buffer.concat(chunks);
        try {
          body = decode(response.headers['content-encoding'], body);
        } catch (error) {
          return done({
            status: response.statusCode ?? 0,
            contentType: '',
            body: Buffer.alloc(0),
            error: `undecodable body: ${(error as Error).message}`,
          });
        }
        done({
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'] ?? '',
          location: response.headers.location,
          body,
        });
      });
    });
    const timer = setTimeout(() => request.destroy(new Error('timeout')), timeoutMs);
    request.on('error', (error) => {
      clearTimeout(timer);
      done({ status: 0, contentType: '', body: Buffer.alloc(0), error: error.message });
    });
  });
}
