/** The lead slot: among the ten newest stories, the one the desk prioritised most; otherwise the newest. */
export function pickLead<T extends { priority: number | null }>(newestFirst: readonly T[]): T | undefined {
  const recent = newestFirst.slice(0, 10);
  const prioritised = recent.filter((a) => a.priority !== null).sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  return prioritised[0] ?? recent[0];
}
