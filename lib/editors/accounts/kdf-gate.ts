/**
 * Runs at most `concurrency` password checks at a time, with at most `queue` more waiting; beyond that a check is
 * refused at once (the caller answers 503), so a flood of logins from many addresses cannot make scrypt take every
 * core and all the memory. One per process.
 */
export interface KdfGate {
  /** The task's result, or null when the gate is full. */
  run<T>(task: () => Promise<T>): Promise<T | null>;
}

export function createKdfGate({ concurrency = 2, queue = 16 } = {}): KdfGate {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finished check hands its slot straight to the next waiting one, so none can slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    async run(task) {
      if (running < concurrency) running += 1;
      else if (waiting.length >= queue) return null;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
