import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordView } from './record-view';
import { DAY_MS, dayOf, HOUR_MS, type ViewStore } from './view-store';

export interface StoreUnderTest {
  store: ViewStore;
  /** Every byte the store holds (file contents, or every key and value), to prove what it does not hold. */
  dump: () => Promise<string>;
  cleanup: () => Promise<void>;
}

const READER = { address: '203.0.113.77', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) MeridianTestReader/1.0' };

/** The one suite both stores pass (sqlite-view-store.test.ts, redis-view-store.test.ts). */
export function describeViewStore(name: string, open: () => Promise<StoreUnderTest>) {
  describe(`${name} view store`, () => {
    let subject: StoreUnderTest;
    let store: ViewStore;
    // A controllable clock, starting a minute into the next UTC day (expiries lie in the future, and the tests' steps
    // of up to nine hours stay within one day whatever the hour they run at).
    let now: number;
    beforeEach(async () => {
      subject = await open();
      store = subject.store;
      now = (dayOf(Date.now()) + 1) * DAY_MS + 60_000;
    });
    afterEach(async () => subject.cleanup());

    it('counts a reader once per article per day, and again the next day', async () => {
      expect(await recordView(store, READER, 'alpha', now, 3)).toBe(true);
      expect(await recordView(store, READER, 'alpha', now + HOUR_MS, 3)).toBe(false);
      expect(await recordView(store, READER, 'beta', now + HOUR_MS)).toBe(true);
      expect(await recordView(store, { ...READER, userAgent: 'Other browser' }, 'alpha', now)).toBe(true);
      expect(await recordView(store, { ...READER, address: '198.51.100.1' }, 'alpha', now)).toBe(true);
      const nextDay = (dayOf(now) + 1) * DAY_MS + 1;
      expect(await recordView(store, READER, 'alpha', nextDay)).toBe(true);
      expect(await recordView(store, READER, 'alpha', nextDay + 1)).toBe(false);
      expect(await store.countsBetween(now, nextDay)).toEqual(
        new Map([
          ['alpha', 4],
          ['beta', 1],
        ]),
      );
    });

    it('counts at most the per-address budget of readers of one address per article per day, whatever the user agent', async () => {
      const agents = Array.from({ length: 20 }, (_, i) => ({ ...READER, userAgent: `Browser ${i}` }));
      const results = await Promise.all(agents.map((reader) => recordView(store, reader, 'alpha', now, 3)));
      expect(results.filter(Boolean)).toHaveLength(3);
      expect(await recordView(store, agents[0]!, 'beta', now, 3)).toBe(true);
      expect(await recordView(store, { ...READER, address: '198.51.100.1' }, 'alpha', now, 3)).toBe(true);
      expect(await recordView(store, agents[19]!, 'alpha', (dayOf(now) + 1) * DAY_MS + 1, 3)).toBe(true);
      expect(await store.countsBetween(now, now)).toEqual(
        new Map([
          ['alpha', 4],
          ['beta', 1],
        ]),
      );
    });

    it('counts concurrent repeats of one view exactly once', async () => {
      const results = await Promise.all(Array.from({ length: 50 }, () => recordView(store, READER, 'alpha', now)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.countsBetween(now, now)).toEqual(new Map([['alpha', 1]]));
    });

    it('sums the hours of the window only', async () => {
      const readers = (n: number) =>
        Array.from({ length: n }, (_, i) => ({ address: `192.0.2.${i}`, userAgent: 'UA' }));
      for (const reader of readers(3)) await recordView(store, reader, 'old', now);
      for (const reader of readers(2)) await recordView(store, reader, 'new', now + 5 * HOUR_MS);
      expect(await store.countsBetween(now, now + 5 * HOUR_MS)).toEqual(
        new Map([
          ['old', 3],
          ['new', 2],
        ]),
      );
      expect(await store.countsBetween(now + HOUR_MS, now + 5 * HOUR_MS)).toEqual(new Map([['new', 2]]));
      expect(await store.countsBetween(now, now + 4 * HOUR_MS)).toEqual(new Map([['old', 3]]));
      expect(await store.countsBetween(now + 6 * HOUR_MS, now + 9 * HOUR_MS)).toEqual(new Map());
    });

    it('keeps one salt per day and a new one for the next day', async () => {
      const today = dayOf(now);
      const salt = await store.saltFor(today);
      expect(salt).toMatch(/^[0-9a-f]{64}$/);
      expect(await store.saltFor(today)).toBe(salt);
      expect(await store.saltFor(today + 1)).not.toBe(salt);
    });

    it('holds no address, user agent or cookie: only slugs, hours, counts and opaque hashes', async () => {
      await recordView(store, READER, 'alpha', now);
      const dump = await subject.dump();
      expect(dump).toContain('alpha');
      expect(dump).not.toContain(READER.address);
      expect(dump).not.toContain('MeridianTestReader');
      expect(dump).not.toMatch(/cookie/i);
    });
  });
}
