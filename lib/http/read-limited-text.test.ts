import { describe, expect, it } from 'vitest';
import { readLimitedBytes, readLimitedText } from './read-limited-text';

function slowBody(parts: string[], everyMs: number, onCancel?: () => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    async pull(controller) {
      await new Promise((r) => setTimeout(r, everyMs));
      if (sent < parts.length) controller.enqueue(new TextEncoder().encode(parts[sent++]));
      else controller.close();
    },
    cancel: onCancel,
  });
}

const post = (body: ReadableStream<Uint8Array> | string, signal?: AbortSignal) =>
  new Request('http://x/', { method: 'POST', body, signal, duplex: 'half' } as RequestInit);

describe('readLimitedText', () => {
  it('reads a body within its cap and refuses a larger one, declared or not', async () => {
    expect(await readLimitedText(post('hello'), 10)).toEqual({ ok: true, text: 'hello' });
    expect(await readLimitedText(post('x'.repeat(11)), 10)).toMatchObject({ ok: false, status: 413 });
    expect(await readLimitedText(post(slowBody(['123456', '789012'], 1)), 10)).toMatchObject({
      ok: false,
      status: 413,
    });
  });

  it('gives up at the deadline and cancels the stream', async () => {
    let cancelled = false;
    const result = await readLimitedText(post(slowBody(['a', 'b', 'c', 'd'], 100, () => (cancelled = true))), 100, 250);
    expect(result).toMatchObject({ ok: false, status: 408 });
    await new Promise((r) => setTimeout(r, 150));
    expect(cancelled).toBe(true);
  });

  it('stops at once when the client goes away', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    expect(await readLimitedText(post(slowBody(['a', 'b'], 60_000), controller.signal), 100, 60_000)).toMatchObject({
      ok: false,
      status: 408,
    });
    // Neither the body (a chunk a minute) nor the deadline (a minute) ended it: the abort did.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('readLimitedBytes', () => {
  it('keeps binary bytes intact, for uploads', async () => {
    const jpegStart = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(jpegStart);
        controller.close();
      },
    });
    const read = await readLimitedBytes(post(body), 10);
    expect(read.ok && [...read.bytes]).toEqual([...jpegStart]);
  });

  it('stops reading an undeclared body at the cap and cancels its stream', async () => {
    let cancelled = false;
    const parts = Array.from({ length: 50 }, () => 'x'.repeat(4));
    const read = await readLimitedBytes(post(slowBody(parts, 1, () => (cancelled = true))), 10);
    expect(read).toMatchObject({ ok: false, status: 413 });
    expect(cancelled).toBe(true);
  });
});
