import { formatTable } from '../shared/format-table';
import { percentile } from '../shared/statistics';

/** What the load test knows of one request it sent: its class in the mix, its target, and when it left. */
export interface SentRequest {
  kind: string;
  method: string;
  path: string;
  sentAt: number;
}

interface KindStats {
  statuses: Map<number, number>;
  latencies: number[];
  timeouts: number;
  connectionErrors: number;
}

export interface FailedRequest extends SentRequest {
  /** Seconds since the measured run started. */
  at: number;
  /** How long it waited before it was given up (ms). */
  waited: number;
  error: string;
}

/** Counts statuses, latencies and failures per class of request (homepage, article, search...). */
export class RequestStats {
  private readonly kinds = new Map<string, KindStats>();
  readonly failures: FailedRequest[] = [];
  private readonly startedAt = performance.now();

  private of(kind: string): KindStats {
    let stats = this.kinds.get(kind);
    if (!stats)
      this.kinds.set(kind, (stats = { statuses: new Map(), latencies: [], timeouts: 0, connectionErrors: 0 }));
    return stats;
  }

  answered(sent: SentRequest, status: number): void {
    const stats = this.of(sent.kind);
    stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
    stats.latencies.push(performance.now() - sent.sentAt);
  }

  failed(sent: SentRequest, error: 'timeout' | string): void {
    const stats = this.of(sent.kind);
    if (error === 'timeout') stats.timeouts++;
    else stats.connectionErrors++;
    const now = performance.now();
    this.failures.push({ ...sent, at: (now - this.startedAt) / 1000, waited: now - sent.sentAt, error });
  }

  /** One row per class: requests, status codes, latency percentiles (every answer, not only 2xx) and failures. */
  table(): string {
    const rows = [...this.kinds]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, stats]) => {
        const sorted = stats.latencies.sort((a, b) => a - b);
        const statuses = [...stats.statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, count]) => `${status}×${count}`)
          .join(' ');
        const ms = (p: number) => (sorted.length ? String(Math.round(percentile(sorted, p))) : '-');
        return [
          kind,
          String(sorted.length + stats.timeouts + stats.connectionErrors),
          statuses,
          ms(50),
          ms(99),
          ms(100),
          String(stats.timeouts),
          String(stats.connectionErrors),
        ];
      });
    return formatTable(
      ['class', 'requests', 'statuses', 'p50 ms', 'p99 ms', 'max ms', 'timeouts', 'conn errors'],
      rows,
    );
  }
}
