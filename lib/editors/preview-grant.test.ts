import { describe, expect, it } from 'vitest';
import { createGrantValue, readGrant } from './preview-grant';

const SECRET = 'unit-test-preview-secret-0123456789';
const NOW = Date.parse('2026-11-28T12:00:00Z');
const EXPIRES = NOW / 1000 + 3600;

describe('preview grants', () => {
  it('name one story until the link expires', () => {
    const value = createGrantValue('some-draft', EXPIRES, SECRET);
    expect(readGrant(value, SECRET, NOW)).toMatchObject({ slug: 'some-draft', expires: EXPIRES });
    expect(readGrant(value, SECRET, EXPIRES * 1000)).toBeNull();
  });

  it('refuse tampering, another secret, no secret and the bare draft-mode value', () => {
    const value = createGrantValue('some-draft', EXPIRES, SECRET);
    const [, expires, id, sig] = value.split('.');
    expect(readGrant(`other-draft.${expires}.${id}.${sig}`, SECRET, NOW)).toBeNull();
    expect(readGrant(`some-draft.${Number(expires) + 60}.${id}.${sig}`, SECRET, NOW)).toBeNull();
    expect(readGrant(`some-draft.${expires}.${'B'.repeat(22)}.${sig}`, SECRET, NOW)).toBeNull();
    expect(
      readGrant(createGrantValue('some-draft', EXPIRES, 'another-secret-0123456789abcdef'), SECRET, NOW),
    ).toBeNull();
    expect(readGrant(value, null, NOW)).toBeNull();
    expect(readGrant('0123456789abcdef0123456789abcdef', SECRET, NOW)).toBeNull();
    expect(readGrant(undefined, SECRET, NOW)).toBeNull();
  });
});
