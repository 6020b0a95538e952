import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { installBodyDeadline } from './body-deadline';

it('closes the connection of a body that has not fully arrived by the deadline, and leaves a prompt one alone', async () => {
  installBodyDeadline(300);
  // A handler that never reads the body, as Next's proxy waits for it.
  const server = http.createServer((_request, response) => setTimeout(() => response.end('ok'), 600));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const send = (slow: boolean) =>
    new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.write(
          `POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\n${slow ? 'a' : 'abcde'}`,
        ),
      );
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('close', () => resolve(answer));
      socket.on('error', () => {});
    });
  try {
    const [slow, prompt] = await Promise.all([send(true), send(false)]);
    expect(slow).toBe('');
    expect(prompt).toMatch(/^HTTP\/1\.1 200/);
  } finally {
    server.close();
  }
});
