import { afterEach, describe, expect, it } from 'vitest';
import { createSessionValue, readSession } from './editor-session';

const NOW = Date.parse('2026-11-28T12:00:00Z');

afterEach(() => {
  delete process.env.EDITOR_PASSWORD;
  delete process.env.PREVIEW_SECRET;
});

describe('editor sessions', () => {
  it('accepts its own value until it expires, rejects tampering and a changed password', () => {
    process.env.PREVIEW_SECRET = 'session-test-secret-0123456789';
    process.env.EDITOR_PASSWORD = 'first-password-0123456789';
    const value = createSessionValue(NOW)!;
    expect(readSession(value, NOW)).toMatchObject({ expires: NOW / 1000 + 12 * 3600 });
    expect(readSession(value, NOW + 13 * 3600_000)).toBeNull();
    const [expires, id, sig] = value.split('.');
    expect(readSession(`${Number(expires) + 3600}.${id}.${sig}`, NOW)).toBeNull();
    expect(readSession(`${expires}.${'A'.repeat(22)}.${sig}`, NOW)).toBeNull();
    expect(readSession(`${expires}.${id}.${sig!.slice(0, -1)}${sig!.endsWith('A') ? 'B' : 'A'}`, NOW)).toBeNull();
    expect(readSession(undefined, NOW)).toBeNull();
    // Two sign-ins get two ids, so signing one out leaves the other.
    expect(readSession(createSessionValue(NOW)!, NOW)!.id).not.toBe(readSession(value, NOW)!.id);
    process.env.EDITOR_PASSWORD = 'second-password-0123456789';
    expect(readSession(value, NOW)).toBeNull();
  });
});
