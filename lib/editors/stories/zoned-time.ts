/**
 * The desk's date-time pickers (<input type=datetime-local>) hold a wall-clock time with no zone; these convert it
 * to and from an instant in the editor's IANA time zone (sent by the browser, else the site's), daylight saving included.
 */
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0 && zone.length <= 64;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in ms (east positive). */
function offsetAt(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-05T15:30" in a zone to an ISO instant ("2026-12-05T07:30:00.000Z"), or null when it is not such a time. */
export function localToIso(local: string, zone: string): string | null {
  const match = LOCAL_PATTERN.exec(local.trim());
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s ?? 0);
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== d) return null;
  // The offset at the guessed instant, then at the corrected one (they differ only next to a DST change).
  const guess = wall - offsetAt(wall, zone);
  return new Date(wall - offsetAt(guess, zone)).toISOString();
}

/** An ISO instant as the wall-clock value a datetime-local input shows in a zone ("2026-12-05T15:30", seconds if any). */
export function isoToLocal(iso: string, zone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  const wall = new Date(instant + offsetAt(instant, zone)).toISOString().slice(0, 19);
  return wall.endsWith(':00') ? wall.slice(0, 16) : wall;
}
