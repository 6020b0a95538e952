import { describe, expect, it } from 'vitest';
import { isPublic, secondsUntilNextPublication } from './visibility';
import type { ArticleMeta } from './types';

const now = Date.parse('2026-11-28T12:00:00Z');
const at = (publishedAt: string, status: 'draft' | 'published' = 'published') =>
  ({ publishedAt, status }) as ArticleMeta;

describe('visibility', () => {
  it('shows only published stories whose time has come', () => {
    expect(isPublic(at('2026-11-28T11:59:59Z'), now)).toBe(true);
    expect(isPublic(at('2026-11-28T12:00:00Z'), now)).toBe(true);
    expect(isPublic(at('2026-11-28T12:00:01Z'), now)).toBe(false);
    expect(isPublic(at('2026-11-01T00:00:00Z', 'draft'), now)).toBe(false);
  });

  it('turns the next publication time into whole seconds to wait, rounded up and at least one', () => {
    expect(secondsUntilNextPublication(Date.parse('2026-11-28T12:05:00Z'), now)).toBe(300);
    expect(secondsUntilNextPublication(now + 1, now)).toBe(1);
    expect(secondsUntilNextPublication(now, now)).toBe(1);
    expect(secondsUntilNextPublication(null, now)).toBeNull();
  });
});
