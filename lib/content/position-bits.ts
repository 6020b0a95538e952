/**
 * Sets of positions in a list of articles as bit arrays (32 positions a word), for counting in a few word
 * operations how many of an article's topics each story shares: at 100,000 stories a word-wise pass over a topic
 * costs about 3,000 operations, where looking up each of its stories cost as many map operations as it has stories.
 */

/** Words needed for `size` positions. */
export function wordsFor(size: number): number {
  return Math.ceil(size / 32);
}

// A topic listing at least one story in 32 is kept as bits: then they take no more room than its positions do.
const kept = new WeakMap<Int32Array, Uint32Array>();

/** The bits of ascending `positions` (kept for large lists, which are the same for every article of a topic). */
export function bitsOf(positions: Int32Array, words: number): Uint32Array {
  const known = kept.get(positions);
  if (known) return known;
  const bits = new Uint32Array(words);
  for (const position of positions) bits[position >>> 5] = bits[position >>> 5]! | (1 << (position & 31));
  if (positions.length >= words) kept.set(positions, bits);
  return bits;
}

/**
 * `atLeast[n]` holds the positions set in at least n + 1 of `sets` (so `atLeast[0]` is their union): a running
 * count per word, as a sum of bits would be counted by hand, a digit per level.
 */
export function countedAtLeast(sets: readonly Uint32Array[], words: number): Uint32Array[] {
  const atLeast = sets.map(() => new Uint32Array(words));
  for (let word = 0; word < words; word++) {
    for (let set = 0; set < sets.length; set++) {
      const bits = sets[set]![word]!;
      if (bits === 0) continue;
      for (let level = set; level > 0; level--)
        atLeast[level]![word] = atLeast[level]![word]! | (atLeast[level - 1]![word]! & bits);
      atLeast[0]![word] = atLeast[0]![word]! | bits;
    }
  }
  return atLeast;
}

/** Calls `visit` with each position in `bits` but not in `without` (if given), ascending, until it returns false. */
export function eachPosition(
  bits: Uint32Array,
  without: Uint32Array | null,
  visit: (position: number) => boolean,
): void {
  for (let word = 0; word < bits.length; word++) {
    let remaining = bits[word]! & ~(without?.[word] ?? 0);
    while (remaining !== 0) {
      const lowest = remaining & -remaining;
      if (!visit(word * 32 + 31 - Math.clz32(lowest))) return;
      remaining ^= lowest;
    }
  }
}
