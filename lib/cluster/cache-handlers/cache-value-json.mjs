/**
 * JSON for Next's page cache values, which hold Buffers (RSC payloads, route bodies) and Maps (segment data):
 * both are tagged so that they come back as the same types.
 */

/** @param {unknown} value */
export function stringifyCacheValue(value) {
  return JSON.stringify(value, function replace(key, item) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { $buffer: original.toString('base64') };
    if (original instanceof Map) return { $map: [...original.entries()] };
    return item;
  });
}

/** @param {string} text */
export function parseCacheValue(text) {
  return JSON.parse(text, (_key, item) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      if (typeof item.$buffer === 'string') return Buffer.from(item.$buffer, 'base64');
      if (Array.isArray(item.$map)) return new Map(item.$map);
    }
    return item;
  });
}
