import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('stores scrypt with N=2^15 and a salt of its own, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(second).not.toBe(first);
    expect(await verifyPassword(first, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(second, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(first, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword(first, '')).toBe(false);
  });

  it('treats the same text in either Unicode form as one password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait au soleil');
    expect(await verifyPassword(stored, 'cafe\u0301 au lait au soleil')).toBe(true);
  });

  it('refuses malformed records and parameters out of range instead of throwing or running for minutes', async () => {
    const stored = await hashPassword('correct horse battery staple');
    for (const broken of ['', 'plain-text', stored.replace('scrypt$15', 'scrypt$30'), stored.replace('$8$', '$0$')])
      expect(await verifyPassword(broken, 'correct horse battery staple')).toBe(false);
  });
});
