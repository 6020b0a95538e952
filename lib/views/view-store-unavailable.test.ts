import { describe, expect, it } from 'vitest';
import { isViewStoreUnavailable, ViewStoreUnavailableError } from './view-store';

describe('isViewStoreUnavailable', () => {
  it("recognises the error from another bundle's copy of the class, and nothing else", () => {
    // What a second bundle's class produces: same name, different constructor.
    class OtherBundleCopy extends Error {
      constructor(message: string) {
        super(message);
        this.name = 'ViewStoreUnavailableError';
      }
    }
    expect(isViewStoreUnavailable(new ViewStoreUnavailableError('down'))).toBe(true);
    expect(isViewStoreUnavailable(new OtherBundleCopy('down'))).toBe(true);
    expect(isViewStoreUnavailable(new Error('down'))).toBe(false);
    expect(isViewStoreUnavailable('ViewStoreUnavailableError')).toBe(false);
  });
});
