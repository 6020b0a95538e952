import { describe, expect, it } from 'vitest';
import { can } from './permissions';

describe('can', () => {
  it('lets contributors write and submit only', () => {
    expect(can('contributor', 'write')).toBe(true);
    expect(can('contributor', 'submit')).toBe(true);
    for (const action of ['schedule', 'publish', 'unpublish', 'front-page', 'manage-accounts'] as const)
      expect(can('contributor', action)).toBe(false);
  });

  it('keeps account management to admins', () => {
    expect(can('editor', 'publish')).toBe(true);
    expect(can('editor', 'manage-accounts')).toBe(false);
    expect(can('admin', 'manage-accounts')).toBe(true);
  });
});
