import fs from 'node:fs';

/** One reading of the server's memory (bytes): resident set from /proc, the rest from the server's own probe. */
export interface MemorySample {
  at: number;
  pid?: number;
  rss: number;
  heapUsed?: number;
  heapTotal?: number;
  external?: number;
  arrayBuffers?: number;
}

/** Samples taken at each end of the measured run whose median is compared: 6 × 5 s = 30 s. */
export const EDGE_SAMPLES = 6;

export function rssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) * 1024;
}

/** The server's lines in the probe's log (load/memory-probe.mjs) taken at or after `since`. */
export function readProbe(file: string, pid: number, since: number): MemorySample[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as MemorySample)
    .filter((sample) => sample.pid === pid && sample.at >= since);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Growth after warm-up: the median of the last EDGE_SAMPLES readings against the median of the first EDGE_SAMPLES
 * taken after the warm-up (medians, because one reading may fall just before or after a garbage collection).
 */
export function growth(samples: number[]): { start: number; end: number; percent: number } | null {
  if (samples.length < 2 * EDGE_SAMPLES) return null;
  const start = median(samples.slice(0, EDGE_SAMPLES));
  const end = median(samples.slice(-EDGE_SAMPLES));
  return { start, end, percent: ((end - start) / start) * 100 };
}

/**
 * The stricter reading: the last EDGE_SAMPLES' median against the lowest median of any EDGE_SAMPLES consecutive
 * readings after the warm-up, so memory still falling from the warm-up's peak cannot hide a later rise.
 */
export function growthFromLowest(samples: number[]): { lowest: number; end: number; percent: number } | null {
  if (samples.length < 2 * EDGE_SAMPLES) return null;
  let lowest = Infinity;
  for (let i = 0; i + EDGE_SAMPLES <= samples.length; i++)
    lowest = Math.min(lowest, median(samples.slice(i, i + EDGE_SAMPLES)));
  const end = median(samples.slice(-EDGE_SAMPLES));
  return { lowest, end, percent: ((end - lowest) / lowest) * 100 };
}
