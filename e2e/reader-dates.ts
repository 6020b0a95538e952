/** Dates as a reader in a given zone reads them, written out independently of the app's own formatting code. */

/** The header's date line, "Saturday, December 5, 2026". */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone,
  }).format(new Date());
}

/** A byline's time, "Nov 27, 2026, 11:50 AM EST". */
export function bylineTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
