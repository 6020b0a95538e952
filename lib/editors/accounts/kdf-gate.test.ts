import { describe, expect, it } from 'vitest';
import { createKdfGate } from './kdf-gate';

describe('KDF gate', () => {
  it('runs at most `concurrency` tasks at once, queues a few more and refuses the rest', async () => {
    const gate = createKdfGate({ concurrency: 2, queue: 3 });
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const task = () =>
      new Promise<string>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        releases.push(() => {
          running -= 1;
          resolve('done');
        });
      });
    const results = Array.from({ length: 7 }, () => gate.run(task));
    // Two run, three wait, two are refused at once.
    expect(await results[5]).toBeNull();
    expect(await results[6]).toBeNull();
    for (let released = 0; released < 5;) {
      await new Promise((r) => setTimeout(r, 1));
      expect(running).toBeLessThanOrEqual(2);
      const next = releases.shift();
      if (next) {
        next();
        released += 1;
      }
    }
    expect(await Promise.all(results.slice(0, 5))).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(most).toBe(2);
    // A new task after the queue drained runs again.
    const after = gate.run(async () => 'again');
    expect(await after).toBe('again');
  });
});
