import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import next from 'next';
import { getContentSnapshot } from '../content/content-store';
import { nextPublicationAfter } from '../content/public-articles';
import { contentSecurityPolicyForHtml } from './csp/html-policy';
import { FrontCache } from './front-cache/front-cache';
import { createOrigin } from './front-cache/origin';
import { hydrateAfterFirstPaint } from './html/hydrate-after-paint';
import { CONNECT_REFUSED, readRequestTarget } from './request-target';
import { currentSecurityHeaders } from './security-headers';

export interface ProductionServerOptions {
  hostname: string;
  port: number;
  frontCacheBytes: number;
  frontCacheTtlSeconds: number;
  /** How long in-flight requests may take to finish after SIGTERM before their connections are cut. */
  shutdownGraceMs?: number;
}

/**
 * `npm start`: Next's request handler (custom server API) behind this process's own HTTP server, which adds the
 * front cache, the hash-based Content-Security-Policy of HTML and the start of a page's scripts after its first paint
 * (html/hydrate-after-paint.ts). Next listens on a private Unix socket, so every
 * request that reaches it is a real HTTP request (proxy.ts included) and background refreshes need no client.
 */
export async function startProductionServer(options: ProductionServerOptions): Promise<http.Server> {
  // The origin Next believes it has (it listens on a Unix socket, so nothing connects to it). Not the address this
  // server listens on: NextURL renames loopback addresses to "localhost" in the URLs proxy.ts sees, and Next carries out
  // a rewrite to an origin other than this one as an HTTP proxy, so with -H 127.0.0.1 every 404 went out to this
  // server again and back.
  const app = next({ dev: false, hostname: 'localhost', port: options.port, dir: process.cwd() });
  await app.prepare();
  const handleWithNext = app.getRequestHandler();

  const socketPath = path.join(os.tmpdir(), `meridian-next-${process.pid}.sock`);
  fs.rmSync(socketPath, { force: true });
  const nextServer = http.createServer((request, response) => void handleWithNext(request, response));
  // Only this process's keep-alive agent connects here: never closing its idle sockets avoids the race in which the
  // agent reuses a socket at the moment the server times it out (ECONNRESET, a 502 for the reader).
  nextServer.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => nextServer.listen(socketPath, resolve));

  const frontCache = new FrontCache({
    origin: createOrigin({ socketPath }),
    maxBytes: options.frontCacheBytes,
    ttlSeconds: options.frontCacheTtlSeconds,
    nextPublicationAt: () => nextPublicationAfter(getContentSnapshot(), Date.now()),
    finishHtml: (headers, body) => {
      const html = hydrateAfterFirstPaint(body.toString('utf8'));
      headers['content-security-policy'] = contentSecurityPolicyForHtml(html);
      return Buffer.from(html, 'utf8');
    },
  });
  let closing = false;
  const server = http.createServer((request, response) => {
    // A request that arrives on a kept-alive connection during shutdown is answered, and its connection closed.
    if (closing) response.setHeader('Connection', 'close');
    const target = readRequestTarget(request.method, request.url);
    if ('refused' in target) {
      badRequest(response, target.refused);
      return;
    }
    request.url = target.path;
    frontCache.handle(request, response).catch((error: unknown) => failed(request, response, error));
  });
  // Node hands CONNECT to this event (and closes the connection unanswered without a listener).
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    const message = `Bad request: ${CONNECT_REFUSED}.\n`;
    const headers = Object.entries({ ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(message), Connection: 'close' });
    socket.end(`HTTP/1.1 400 Bad Request\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${message}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname, resolve);
  });

  const shutdown = (signal: NodeJS.Signals) => {
    closing = true;
    console.log(`${signal}: finishing the requests in flight, then exiting.`);
    drain(server, options.shutdownGraceMs ?? 10_000).then((clean) => {
      frontCache.close();
      nextServer.close();
      fs.rmSync(socketPath, { force: true });
      process.exit(clean ? 0 : 1);
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  return server;
}

function failed(request: IncomingMessage, response: ServerResponse, error: unknown) {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  // A target or header Node's client refuses to forward: the request itself is malformed.
  const code = (error as { code?: string }).code;
  if (code === 'ERR_UNESCAPED_CHARACTERS' || code === 'ERR_INVALID_CHAR' || code === 'ERR_INVALID_HTTP_TOKEN') {
    badRequest(response, null);
    return;
  }
  console.error(`${request.method} ${request.url} failed:`, error);
  response.writeHead(502, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' }).end('Bad gateway: the page could not be rendered.\n');
}

function badRequest(response: ServerResponse, reason: string | null) {
  response.writeHead(400, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }).end(reason ? `Bad request: ${reason}.\n` : 'Bad request.\n');
}

function securityHeaders(): Record<string, string> {
  return Object.fromEntries(currentSecurityHeaders().map(({ key, value }) => [key, value]));
}

/**
 * Stops accepting connections and resolves once the responses in flight are sent (true), or after the grace
 * period with the remaining connections cut (false). Idle keep-alive connections are closed as they go idle.
 */
function drain(server: http.Server, graceMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => {
      server.closeAllConnections();
      resolve(false);
    }, graceMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve(true);
    });
    server.closeIdleConnections();
  });
}
