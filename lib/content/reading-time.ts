/** Words an adult reads a minute in running news prose (studies put silent reading at 200-260). */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `wordCount` words, never less than one: "1 min read" for a brief. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
