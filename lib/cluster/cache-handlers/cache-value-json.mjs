/**
 * JSON for Next's page cache values, which hold Buffers (RSC payloads, route bodies) and Maps (segment data):
 * both are tagged so that they come back as the same types.
 */

/** @param {unknown} value */
export function stringifyCacheValue(value) {
  return JSON.stringify(tagged(value));
}

/**
 * A copy with Buffers and Maps replaced by their tagged forms. Done before JSON.stringify rather than in a replacer:
 * stringify calls a Buffer's toJSON first, which spells out every byte as a number (an RSC payload of 40 kB becomes
 * an array of 40,000 numbers) only for the replacer to throw it away.
 * @param {unknown} value
 * @returns {unknown}
 */
function tagged(value) {
  if (Buffer.isBuffer(value)) return { $buffer: value.toString('base64') };
  if (value instanceof Map) return { $map: [...value.entries()].map(tagged) };
  if (Array.isArray(value)) return value.map(tagged);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagged(item)]));
  return value;
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
