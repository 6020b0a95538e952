import { randomBytes } from 'node:crypto';

/**
 * A salt per UTC day held only in this process's memory: when the day changes, the old salt is replaced
 * and so forgotten, which makes the previous day's visitor hashes impossible to recompute or link.
 */
export class MemoryDailySalt {
  private current: { day: number; salt: string } | null = null;

  saltFor(day: number): string {
    if (!this.current || this.current.day !== day) this.current = { day, salt: randomBytes(32).toString('hex') };
    return this.current.salt;
  }
}
