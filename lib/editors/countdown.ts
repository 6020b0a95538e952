/** Time to publication for the newsroom: "in 106 days 17 h", "in 2 h 5 min", "in 40 s", or "due now". */
export function formatCountdown(targetIso: string, now: number): string {
  const seconds = Math.round((Date.parse(targetIso) - now) / 1000);
  if (seconds <= 0) return 'due now';
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return `in ${days} day${days === 1 ? '' : 's'} ${hours} h`;
  if (hours > 0) return `in ${hours} h ${minutes} min`;
  if (minutes > 0) return `in ${minutes} min`;
  return `in ${seconds} s`;
}
