import { BODY_DEADLINE_MS } from './read-limited-text';
import { onRequestStart } from './request-start';

/** Past the route handlers' own deadline (readLimitedText answers 408 there first). */
const SOCKET_DEADLINE_MS = BODY_DEADLINE_MS + 5_000;

/**
 * The whole-body deadline for requests no route handler reads as a stream: Next buffers the body of every request
 * its proxy runs for until the body ends, however slowly it comes (up to Node's requestTimeout of 300 s). A request
 * whose body has not fully arrived in time has its connection closed, as nginx's client_body_timeout would.
 */
export function installBodyDeadline(deadlineMs: number = SOCKET_DEADLINE_MS): void {
  onRequestStart('body-deadline', ({ request, socket }) => {
    const declaresBody =
      Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (!declaresBody || request.complete) return;
    const timer = setTimeout(() => {
      if (!request.complete) socket.destroy();
    }, deadlineMs);
    timer.unref();
    request.once('close', () => clearTimeout(timer));
  });
}
