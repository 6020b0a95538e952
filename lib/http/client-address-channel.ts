import { randomBytes } from 'node:crypto';
import { PEER_HEADER, peerProof } from './client-address';
import { onRequestStart } from './request-start';

/**
 * Subscribes to Node's 'http.server.request.start' channel, published by every http.Server of the process before
 * its request handler runs, and overwrites PEER_HEADER with this process's proof and the socket's address, so a
 * client-sent value never survives.
 */
export function installPeerAddressHeader(): void {
  const proof = peerProof(() => randomBytes(18).toString('base64url'))!;
  onRequestStart('peer-address', ({ request, socket }) => {
    request.headers[PEER_HEADER] = `${proof} ${socket.remoteAddress ?? ''}`;
  });
}
