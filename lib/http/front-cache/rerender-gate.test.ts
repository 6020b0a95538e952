import { describe, expect, it } from 'vitest';
import { RerenderGate } from './rerender-gate';

describe('RerenderGate', () => {
  it('gives a slot per page Next is re-rendering, frees it when Next answers with a current page or after 30 s', () => {
    let now = 0;
    const gate = new RerenderGate(2, () => now);
    gate.answered('a', true);
    gate.answered('b', true);
    expect(gate.mayRefresh('c')).toBe(false);
    // A page already re-rendering may be asked again: that is how the cache learns it is done.
    expect(gate.mayRefresh('a')).toBe(true);
    gate.answered('a', false);
    expect(gate.mayRefresh('c')).toBe(true);
    gate.answered('c', true);
    now += 29_999;
    expect(gate.mayRefresh('d')).toBe(false);
    now += 1;
    expect(gate.mayRefresh('d')).toBe(true);
  });
});
