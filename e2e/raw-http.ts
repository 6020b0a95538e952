import net from 'node:net';

export interface RawResponse {
  status: number;
  head: string;
  /** The body, with chunked transfer coding removed. */
  body: string;
  finishedAt: number;
}

function dechunk(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const end = raw.indexOf('\r\n', at);
    if (end === -1) return out;
    const size = parseInt(raw.slice(at, end), 16);
    if (!size) return out;
    out += raw.slice(end + 2, end + 2 + size);
    at = end + 2 + size + 2;
  }
}

/**
 * Writes bytes exactly as given on one connection (several requests, a smuggling attempt) and returns everything the
 * server sent until it closed the connection or stayed silent for `idleMs`.
 */
export function rawExchange(
  port: number,
  bytes: string,
  { idleMs = 2_000, from }: { idleMs?: number; from?: string } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress: from }, () =>
      socket.write(Buffer.from(bytes, 'latin1')),
    );
    const chunks: Buffer[] = [];
    const finish = () => {
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    socket.setTimeout(idleMs, finish);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', finish);
    socket.on('error', (error) => (/ECONNRESET|EPIPE/.test(String(error)) ? finish() : reject(error)));
  });
}

/**
 * Sends one request exactly as written (path, headers and body are not normalised or validated by a client
 * library) and reads the whole answer. A connection the server closes without answering gives status 0. `from`
 * binds a loopback source address (any 127.x.y.z on Linux), so tests can be different clients to the server.
 */
export function rawRequest(
  port: number,
  request: {
    method?: string;
    path: string;
    headers?: string[];
    body?: string | Buffer;
    onFirstByte?: () => void;
    from?: string;
  },
): Promise<RawResponse> {
  const { method = 'GET', path, headers = [], body, onFirstByte, from } = request;
  const lines = [`${method} ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...headers];
  if (body !== undefined && !headers.some((h) => /^(content-length|transfer-encoding):/i.test(h)))
    lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress: from });
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error(`timeout: ${method} ${path.slice(0, 80)}`)));
    socket.on('connect', () => {
      socket.write(
        Buffer.concat([
          Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'),
          body === undefined ? Buffer.alloc(0) : Buffer.from(body),
        ]),
      );
    });
    socket.on('data', (chunk) => {
      if (chunks.length === 0) onFirstByte?.();
      chunks.push(chunk);
    });
    socket.on('error', (error) =>
      chunks.length > 0 || /ECONNRESET|EPIPE/.test(String(error)) ? finish() : reject(error),
    );
    socket.on('close', () => finish());
    let done = false;
    function finish() {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const head = end === -1 ? text : text.slice(0, end);
      const raw = end === -1 ? '' : text.slice(end + 4);
      const body = /^transfer-encoding: *chunked/im.test(head) ? dechunk(raw) : raw;
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body, finishedAt: Date.now() });
    }
  });
}
