import { describe, expect, it } from 'vitest';
import { savedChoiceFromCookies } from './saved-choice';

const CITIES = ['beijing', 'new-york', 'tokyo'];

describe('savedChoiceFromCookies', () => {
  it('reads the city and unit among other cookies', () => {
    expect(savedChoiceFromCookies('a=1; meridian-city=new-york; meridian-unit=f', CITIES)).toEqual({
      city: 'new-york',
      unit: 'f',
    });
  });

  it('returns null when nothing was saved', () => {
    expect(savedChoiceFromCookies('', CITIES)).toBeNull();
    expect(savedChoiceFromCookies('theme=dark', CITIES)).toBeNull();
  });

  it('ignores unknown or tampered values', () => {
    expect(savedChoiceFromCookies('meridian-city=atlantis; meridian-unit=kelvin', CITIES)).toEqual({
      city: '',
      unit: 'c',
    });
    expect(savedChoiceFromCookies('meridian-city=%3Cscript%3E', CITIES)).toEqual({ city: '', unit: 'c' });
  });
});
