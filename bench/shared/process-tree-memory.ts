import fs from 'node:fs';

/** Resident memory (KiB) of a process and all its descendants, from /proc: Next builds and servers fork workers. */
export function processTreeRssKiB(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = readParent(Number(entry));
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += readRssKiB(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree every `intervalMs`; stop() returns the peak seen (KiB). */
export function samplePeakRss(rootPid: number, intervalMs = 1000): { stop: () => number } {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, processTreeRssKiB(rootPid)));
  const timer = setInterval(sample, intervalMs);
  return { stop: () => (clearInterval(timer), sample(), peak) };
}

function readParent(pid: number): number | null {
  try {
    // The command name may hold spaces and parentheses: the fields after the last ")" are fixed.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null; // exited meanwhile
  }
}

function readRssKiB(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
