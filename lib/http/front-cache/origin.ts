import http, { type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { acceptsEncoding, gzip, isCompressible, MIN_COMPRESSIBLE_BYTES, varyWith } from './compression';

/** Headers that describe one connection, not the message: never forwarded in either direction. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);
const CONDITIONAL = ['if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range', 'range'];

export interface Origin {
  /** Next's request handler listens here (a Unix socket of this process, or a TCP port in tests). */
  target: { socketPath: string } | { host: string; port: number };
  agent: http.Agent;
}

export function createOrigin(target: Origin['target']): Origin {
  return { target, agent: new http.Agent({ keepAlive: true, maxSockets: 256 }) };
}

/**
 * The request headers Next sees: the client's, except hop-by-hop ones and Accept-Encoding (bodies come back as
 * identity, so HTML can be hashed and cached once, and this server compresses). X-Forwarded-For is set to the
 * client's address only when absent, exactly as Next does for a direct connection, so the client address Next
 * derives (its last entry) is unchanged by this hop.
 */
export function originRequestHeaders(headers: IncomingHttpHeaders, remoteAddress: string | undefined, { unconditional = false } = {}): OutgoingHttpHeaders {
  const forwarded: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'accept-encoding') continue;
    if (unconditional && CONDITIONAL.includes(name)) continue;
    forwarded[name] = value;
  }
  if (forwarded['x-forwarded-for'] === undefined && remoteAddress) forwarded['x-forwarded-for'] = remoteAddress;
  return forwarded;
}

/** Sends one request to Next and resolves with its response once the headers arrive. */
export function requestOrigin(origin: Origin, method: string, path: string, headers: OutgoingHttpHeaders, body?: IncomingMessage): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = http.request({ ...origin.target, agent: origin.agent, method, path, headers }, resolve);
    request.on('error', reject);
    if (body) body.pipe(request);
    else request.end();
  });
}

export async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The response headers worth keeping: Next's, without hop-by-hop and length headers (this server sets those). */
export function responseHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'content-length' || name === 'date') continue;
    kept[name] = value;
  }
  return kept;
}

export function isHtml(headers: IncomingHttpHeaders): boolean {
  return /^text\/html\b/i.test(String(headers['content-type'] ?? ''));
}

/** A response without a body, whatever its headers say. */
function bodiless(method: string | undefined, status: number): boolean {
  return method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
}

/** Returns the HTML body to send, and sets the headers that depend on it. */
export type FinishHtml = (headers: Record<string, string | string[]>, body: Buffer) => Buffer;

/**
 * Relays Next's response to the client. HTML is read whole, so `finishHtml` can finish it and set the headers that
 * depend on the body (the CSP's script hashes); everything else streams, gzipped on the fly when the client accepts it.
 */
export async function relayResponse(
  request: IncomingMessage,
  response: ServerResponse,
  upstream: IncomingMessage,
  finishHtml: FinishHtml,
): Promise<void> {
  const status = upstream.statusCode ?? 502;
  const headers = responseHeaders(upstream.headers);
  if (bodiless(request.method, status)) {
    upstream.resume();
    // No body, so no inline script to allow: the policy of an empty document, never the 'unsafe-inline' fallback.
    if (isHtml(upstream.headers)) finishHtml(headers, Buffer.alloc(0));
    if (upstream.headers['content-length'] !== undefined && status !== 304) headers['content-length'] = upstream.headers['content-length'];
    response.writeHead(status, headers).end();
    return;
  }
  if (isHtml(upstream.headers)) {
    const body = finishHtml(headers, await readBody(upstream));
    await sendBody(request, response, status, headers, body);
    return;
  }
  if (!isCompressible(upstream.headers)) {
    if (upstream.headers['content-length'] !== undefined) headers['content-length'] = upstream.headers['content-length'];
    response.writeHead(status, headers);
    await pipeline(upstream, response);
    return;
  }
  headers.vary = varyWith(headers.vary as string | undefined, 'Accept-Encoding');
  const length = Number(upstream.headers['content-length'] ?? Infinity);
  if (!acceptsEncoding(request.headers['accept-encoding'], 'gzip') || length < MIN_COMPRESSIBLE_BYTES) {
    if (Number.isFinite(length)) headers['content-length'] = String(length);
    response.writeHead(status, headers);
    await pipeline(upstream, response);
    return;
  }
  headers['content-encoding'] = 'gzip';
  response.writeHead(status, headers);
  // Flushed per chunk, so streamed RSC payloads still arrive progressively.
  await pipeline(upstream, zlib.createGzip({ flush: zlib.constants.Z_SYNC_FLUSH }), response);
}

/** Sends a whole body, gzipped when it is worth it and the client accepts it. */
async function sendBody(request: IncomingMessage, response: ServerResponse, status: number, headers: Record<string, string | string[]>, body: Buffer) {
  headers.vary = varyWith(headers.vary as string | undefined, 'Accept-Encoding');
  if (body.length >= MIN_COMPRESSIBLE_BYTES && acceptsEncoding(request.headers['accept-encoding'], 'gzip')) {
    body = await gzip(body);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.length);
  response.writeHead(status, headers).end(body);
}

