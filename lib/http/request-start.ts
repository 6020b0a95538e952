import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** What Node publishes on 'http.server.request.start'. */
export interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
  socket: Socket;
}

const SUBSCRIBED = Symbol.for('meridian.requestStartSubscribers');

/**
 * Runs `handler` for every request of every http.Server in this process before its request handler does (Node's
 * documented 'http.server.request.start' channel): the one place the app sees the socket and the raw request before
 * Next. Subscribed once per `name` however many times it is called (each server bundle may run register()).
 */
export function onRequestStart(name: string, handler: (start: RequestStart) => void): void {
  const holder = globalThis as typeof globalThis & { [SUBSCRIBED]?: Set<string> };
  const subscribed = (holder[SUBSCRIBED] ??= new Set());
  if (subscribed.has(name)) return;
  subscribed.add(name);
  diagnosticsChannel.subscribe('http.server.request.start', (message) => handler(message as RequestStart));
}
