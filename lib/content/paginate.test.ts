import { describe, expect, it } from 'vitest';
import { paginate, parsePageParam } from './paginate';
import { parsePageTail } from './route-params';

const items = Array.from({ length: 45 }, (_, i) => i + 1);

describe('paginate', () => {
  it('slices pages of 20 and reports totals', () => {
    expect(paginate(items, 1)).toMatchObject({ page: 1, totalPages: 3, totalItems: 45 });
    expect(paginate(items, 1)?.items).toHaveLength(20);
    expect(paginate(items, 3)?.items).toEqual([41, 42, 43, 44, 45]);
  });
  it('returns null for pages that do not exist', () => {
    expect(paginate(items, 4)).toBeNull();
    expect(paginate(items, 0)).toBeNull();
    expect(paginate(items, -1)).toBeNull();
    expect(paginate(items, 1.5)).toBeNull();
  });
  it('has one empty first page for an empty list', () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, totalPages: 1, totalItems: 0 });
    expect(paginate([], 2)).toBeNull();
  });
});

describe('page parameters', () => {
  it('accepts only plain positive numbers', () => {
    expect(parsePageParam('2')).toBe(2);
    for (const bad of ['0', '-1', 'abc', '02', '1e3', '2.0', ' 2', '9999999']) expect(parsePageParam(bad)).toBeNull();
  });
  it('reads the optional page/N tail of listing URLs', () => {
    expect(parsePageTail(undefined)).toBe(1);
    expect(parsePageTail(['page', '3'])).toBe(3);
    expect(parsePageTail(['page'])).toBeNull();
    expect(parsePageTail(['foo', '3'])).toBeNull();
    expect(parsePageTail(['page', '3', 'x'])).toBeNull();
  });
});
