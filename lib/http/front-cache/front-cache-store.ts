import type { Freshness } from './cache-policy';

export interface CachedResponse {
  /** Response headers as Next sent them (hop-by-hop and length headers removed), CSP already final. */
  headers: [string, string][];
  body: Buffer;
  /** The body gzipped and brotli-compressed once at store time, for clients that accept them; null when not worth it. */
  gzipped: Buffer | null;
  brotlied: Buffer | null;
}

export interface FreshResponse extends Freshness {
  response: CachedResponse;
  storedAt: number;
}

interface CacheEntry extends FreshResponse {
  bytes: number;
}

/**
 * The front cache's entries: least recently used first out once the total size passes `maxBytes`. A purge
 * bumps `generation`, so a fill that started before it is not stored after it.
 */
export class FrontCacheStore {
  private readonly entries = new Map<string, CacheEntry>();
  private totalBytes = 0;
  generation = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get(key: string): FreshResponse | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Map order is insertion order: re-inserting marks the entry as the most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Stores the entry unless it alone is larger than the whole cache; evicts the least recently used. */
  set(key: string, entry: FreshResponse, generation: number): boolean {
    if (generation !== this.generation) return false;
    const bytes = key.length + entrySize(entry.response);
    if (bytes > this.maxBytes) return false;
    this.delete(key);
    this.entries.set(key, { ...entry, bytes });
    this.totalBytes += bytes;
    for (const [oldest, old] of this.entries) {
      if (this.totalBytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.totalBytes -= old.bytes;
    }
    return true;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }

  purge(): void {
    this.entries.clear();
    this.totalBytes = 0;
    this.generation += 1;
  }
}

function entrySize(response: CachedResponse): number {
  let bytes = response.body.length + (response.gzipped?.length ?? 0) + (response.brotlied?.length ?? 0);
  for (const [name, value] of response.headers) bytes += name.length + value.length;
  return bytes;
}
