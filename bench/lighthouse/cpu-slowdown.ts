/**
 * Lighthouse's CPU slowdown for the host it runs on. Its default of 4x assumes a fast desktop host (benchmark
 * index about 1,500) and turns it into a mid-range phone; on a slower or busy host the same 4x overshoots that
 * phone. This is the calibration Lighthouse's throttling docs point to (docs/throttling.md, "CPU throttling";
 * the Lighthouse CPU throttling calculator): 2,000 -> 6x, 1,533 -> 4x, 1,300 -> 3x, 800 -> 2x, 150 -> 1x.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}
