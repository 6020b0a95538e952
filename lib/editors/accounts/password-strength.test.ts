import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-strength';

const account = { name: 'Ada Park', email: 'ada.park@example.com' };

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('violet tram under the quay', account)).toBeNull();
  });

  it('says what is wrong with a weak password', () => {
    expect(passwordProblem('short1!', account)).toMatch(/at least 12 characters/);
    expect(passwordProblem('aaaaaaaaaaaaaaab', account)).toMatch(/too few different characters/);
    expect(passwordProblem('MyPassword2026!', account)).toMatch(/"password"/);
    expect(passwordProblem('ada.park-is-here', account)).toMatch(/"ada.park"/);
    expect(passwordProblem('hello PARK how are you', account)).toMatch(/"park"/);
    expect(passwordProblem('x'.repeat(300) + 'abcdef', account)).toMatch(/at most 256/);
  });
});
