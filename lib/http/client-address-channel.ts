import { randomBytes } from 'node:crypto';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_HEADER, peerProof } from './client-address';

const INSTALLED = Symbol.for('meridian.peerChannel');

/**
 * Subscribes to Node's 'http.server.request.start' channel, published by every http.Server of the process before
 * its request handler runs, and overwrites PEER_HEADER with this process's proof and the socket's address, so a
 * client-sent value never survives.
 */
export function installPeerAddressHeader(): void {
  const holder = globalThis as typeof globalThis & { [INSTALLED]?: boolean };
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const proof = peerProof(() => randomBytes(18).toString('base64url'))!;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = `${proof} ${socket.remoteAddress ?? ''}`;
  });
}
