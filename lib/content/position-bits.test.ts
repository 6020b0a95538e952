import { describe, expect, it } from 'vitest';
import { bitsOf, countedAtLeast, eachPosition, wordsFor } from './position-bits';

function positionsIn(bits: Uint32Array, without: Uint32Array | null = null): number[] {
  const out: number[] = [];
  eachPosition(bits, without, (position) => (out.push(position), true));
  return out;
}

describe('position bits', () => {
  it('round-trips positions across word boundaries, ascending', () => {
    const positions = Int32Array.from([0, 1, 31, 32, 63, 64, 99]);
    expect(positionsIn(bitsOf(positions, wordsFor(100)))).toEqual([...positions]);
  });

  it('leaves out the positions of `without` and stops when told', () => {
    const words = wordsFor(70);
    const bits = bitsOf(Int32Array.from([3, 40, 41, 69]), words);
    expect(positionsIn(bits, bitsOf(Int32Array.from([40]), words))).toEqual([3, 41, 69]);
    const seen: number[] = [];
    eachPosition(bits, null, (position) => (seen.push(position), seen.length < 2));
    expect(seen).toEqual([3, 40]);
  });

  it('counts in how many sets each position is, as a count by hand does', () => {
    let state = 11;
    const random = (n: number) => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n;
    const size = 500;
    const lists = Array.from({ length: 5 }, (_, i) =>
      Int32Array.from(Array.from({ length: size }, (_, p) => p).filter(() => random(i + 2) === 0)),
    );
    const atLeast = countedAtLeast(
      lists.map((list) => bitsOf(list, wordsFor(size))),
      wordsFor(size),
    );
    for (let level = 0; level < lists.length; level++) {
      const expected = Array.from({ length: size }, (_, p) => p).filter(
        (p) => lists.filter((list) => list.includes(p)).length > level,
      );
      expect(positionsIn(atLeast[level]!)).toEqual(expected);
    }
  });
});
