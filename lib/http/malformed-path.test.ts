import { describe, expect, it } from 'vitest';
import { malformedPathReason } from './malformed-path';

describe('malformedPathReason', () => {
  it.each(['/', '/articles/some-story', '/section/markets/page/2', '/articles/caf%C3%A9', '/api/stories'])(
    'accepts %s',
    (path) => {
      expect(malformedPathReason(path)).toBeNull();
    },
  );
  it.each([
    ['/articles/%ZZ', 'malformed percent-encoding'],
    ['/articles/%E0%A4%A', 'malformed percent-encoding'],
    ['/articles/a%2Fb', 'encoded slash'],
    ['/x/..%5C..%5Cwindows', 'encoded slash'],
    ['/articles/%2e%2e/x', 'dot segment'],
    ['/articles/nul%00byte', 'control character'],
    [`/articles/${'a'.repeat(3000)}`, 'path too long'],
    [`/articles/${'a'.repeat(2000)}`, 'path segment too long'],
  ])('refuses %s (%s)', (path, reason) => {
    expect(malformedPathReason(path)).toBe(reason);
  });
});
