/** A word of the site's vocabulary and in how many stories it appears. */
export type VocabularyWord = [word: string, stories: number];

// A doubled letter typed once (or a letter typed twice) is the commonest slip, so it costs half an edit: "coper"
// is nearer "copper" than "cover".
const DOUBLED = 0.5;

/** 1 for a letter added or dropped, DOUBLED when it sits beside the same letter in its word. */
const gapCost = (word: string, index: number) =>
  word[index] === word[index - 1] || word[index] === word[index + 1] ? DOUBLED : 1;

// Three reused DP rows: the distance runs for every vocabulary word near in length, so it allocates nothing.
let rows = [new Float64Array(32), new Float64Array(32), new Float64Array(32)];

/**
 * Edit distance with adjacent transpositions (optimal string alignment), where adding or dropping a letter beside
 * the same letter costs DOUBLED. Returns Infinity once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) * DOUBLED > limit) return Infinity;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Float64Array(b.length + 1));
  let [twoRowsUp, rowUp, row] = rows as [Float64Array, Float64Array, Float64Array];
  rowUp[0] = 0;
  for (let j = 1; j <= b.length; j += 1) rowUp[j] = rowUp[j - 1]! + gapCost(b, j - 1);
  let rowUpBest = 0;
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = rowUp[0]! + gapCost(a, i - 1);
    let best = row[0];
    for (let j = 1; j <= b.length; j += 1) {
      let cost = Math.min(
        rowUp[j]! + gapCost(a, i - 1),
        row[j - 1]! + gapCost(b, j - 1),
        rowUp[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cost = Math.min(cost, twoRowsUp[j - 2]! + 1);
      row[j] = cost;
      best = Math.min(best, cost);
    }
    // A transposition reaches back two rows, so stop only when two rows in a row are past the limit.
    if (best > limit && rowUpBest > limit) return Infinity;
    [twoRowsUp, rowUp, row] = [rowUp, row, twoRowsUp];
    rowUpBest = best;
  }
  return rowUp[b.length]! <= limit ? rowUp[b.length]! : Infinity;
}

/** How far a word of this length may be from its correction: one slip in a short word, two in a longer one. */
const allowedEdits = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * The vocabulary word nearest to `word`: fewest edits, then the one in most stories, then alphabetical. Null when
 * none is within the allowed edits, or for words too short to correct.
 */
export function closestWord(word: string, vocabulary: readonly VocabularyWord[]): string | null {
  if (word.length < 3) return null;
  const limit = allowedEdits(word);
  let best: { word: string; distance: number; stories: number } | null = null;
  for (const [candidate, stories] of vocabulary) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, best ? Math.min(limit, best.distance) : limit);
    if (distance === Infinity) continue;
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance && (stories > best.stories || (stories === best.stories && candidate < best.word)))
    )
      best = { word: candidate, distance, stories };
  }
  return best?.word ?? null;
}
