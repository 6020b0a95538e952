import { afterEach, describe, expect, it } from 'vitest';
import { createSessionValue, isValidSession } from './editor-session';

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
    expect(isValidSession(value, NOW)).toBe(true);
    expect(isValidSession(value, NOW + 13 * 3600_000)).toBe(false);
    const [expires, sig] = value.split('.');
    expect(isValidSession(`${Number(expires) + 3600}.${sig}`, NOW)).toBe(false);
    expect(isValidSession(`${expires}.${sig!.slice(0, -1)}${sig!.endsWith('A') ? 'B' : 'A'}`, NOW)).toBe(false);
    expect(isValidSession(undefined, NOW)).toBe(false);
    process.env.EDITOR_PASSWORD = 'second-password-0123456789';
    expect(isValidSession(value, NOW)).toBe(false);
  });
});
