const MAX_PATH_LENGTH = 2048;
// No Meridian slug comes close; longer segments only fill caches and logs.
const MAX_SEGMENT_LENGTH = 200;

/**
 * Why a request path is refused before routing, or null when it is fine. Encoded dot segments, slashes,
 * backslashes and null bytes have no place in Meridian's URLs and are how traversal attempts look;
 * broken percent-encoding would otherwise throw deep inside the router.
 */
export function malformedPathReason(rawPath: string): string | null {
  if (rawPath.length > MAX_PATH_LENGTH) return 'path too long';
  if (rawPath.split('/').some((segment) => segment.length > MAX_SEGMENT_LENGTH)) return 'path segment too long';
  if (/%(?![0-9a-f]{2})/i.test(rawPath)) return 'malformed percent-encoding';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'malformed percent-encoding';
  }
  if (/%2f|%5c/i.test(rawPath) || decoded.includes('\\')) return 'encoded slash';
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(rawPath)) return 'dot segment';
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return 'control character';
  return null;
}
