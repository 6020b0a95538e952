import net from 'node:net';

export interface SlowBodyAttack {
  stop: () => Promise<{ connections: number; answered: Map<number, number> }>;
}

/**
 * What slowhttptest's slow-body mode does, from raw sockets: `connections` at once, each declaring a body within every cap (200 bytes) and
 * sending one byte every `intervalMs`; a connection the server answers or closes is opened again at once, so the
 * pressure stays until stop(). Counts every connection opened and the statuses the server answered with (0: closed
 * without an answer).
 */
export function startSlowBodyAttack(
  port: number,
  {
    connections,
    intervalMs,
    targets,
    from,
  }: {
    connections: number;
    intervalMs: number;
    targets: { path: string; headers: string[] }[];
    from: (i: number) => string;
  },
): SlowBodyAttack {
  let running = true;
  let opened = 0;
  const answered = new Map<number, number>();
  let stopping = false;
  const sockets = new Set<net.Socket>();
  const slot = (i: number): Promise<void> =>
    new Promise<void>((resolve) => {
      if (!running) return resolve();
      const target = targets[i % targets.length]!;
      opened += 1;
      const socket = net.connect({ port, host: '127.0.0.1', localAddress: from(i) });
      sockets.add(socket);
      let timer: ReturnType<typeof setInterval> | undefined;
      let head = '';
      socket.on('connect', () => {
        socket.write(
          `POST ${target.path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 200\r\n${target.headers.map((h) => `${h}\r\n`).join('')}\r\n`,
        );
        timer = setInterval(() => socket.write('a'), intervalMs);
      });
      socket.on('data', (chunk) => {
        if (!head && running) {
          head = chunk.toString('latin1');
          const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
          answered.set(status, (answered.get(status) ?? 0) + 1);
          socket.destroy();
        }
      });
      const done = () => {
        // Closed by the server without an answer: status 0.
        if (!head && !stopping) answered.set(0, (answered.get(0) ?? 0) + 1);
        clearInterval(timer);
        sockets.delete(socket);
        resolve();
      };
      socket.on('close', done);
      socket.on('error', () => {});
    }).then(() => (running ? slot(i) : undefined));
  // Opened at 50 a second, as slowhttptest does by default.
  const all = Promise.all(
    Array.from({ length: connections }, (_, i) => new Promise((r) => setTimeout(r, i * 20)).then(() => slot(i))),
  );
  return {
    async stop() {
      running = false;
      stopping = true;
      for (const socket of sockets) socket.destroy();
      await all;
      return { connections: opened, answered };
    },
  };
}
