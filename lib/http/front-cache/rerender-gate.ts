/** A key is taken to be re-rendered (its slot freed) at the latest this long after Next said so, if never asked again. */
const RERENDER_TIMEOUT_MS = 30_000;

/**
 * Bounds how many pages Next re-renders in the background at once because the front cache's refreshes asked about
 * them. Next answers a request for a page whose data expired with the old page (`x-nextjs-cache: STALE`) and starts
 * re-rendering it, with no bound of its own; pages rendered together expire together, so refreshing them all at once
 * started all their re-renders at once, each sharing the CPU with the renders readers were waiting for (search, pages
 * not yet cached), which then took over 10 s. A key holds a slot from Next's STALE answer until Next answers for it
 * with a current page; refreshes of other keys wait for a free slot, and their stale copies are served meanwhile.
 */
export class RerenderGate {
  private readonly rerendering = new Map<string, number>();

  constructor(
    private readonly slots: number,
    private readonly now: () => number,
  ) {}

  /** Whether a background refresh of the key may ask Next now (a key already re-rendering may always ask again). */
  mayRefresh(key: string): boolean {
    this.forgetOld();
    return this.rerendering.has(key) || this.rerendering.size < this.slots;
  }

  /** Records Next's answer for the key: re-rendering it behind a STALE answer, or current. */
  answered(key: string, stale: boolean): void {
    if (!stale) this.rerendering.delete(key);
    else if (!this.rerendering.has(key)) this.rerendering.set(key, this.now());
  }

  clear(): void {
    this.rerendering.clear();
  }

  private forgetOld(): void {
    // Insertion order is the order the slots were taken: the oldest come first.
    for (const [key, since] of this.rerendering) {
      if (this.now() - since < RERENDER_TIMEOUT_MS) break;
      this.rerendering.delete(key);
    }
  }
}
