// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ViewBeacon } from './view-beacon';

const sendBeacon = vi.fn(() => true);

beforeEach(() => {
  sendBeacon.mockClear();
  Object.defineProperty(navigator, 'sendBeacon', { value: sendBeacon, configurable: true });
});
afterEach(() => {
  cleanup();
  delete (document as Document & { prerendering?: boolean }).prerendering;
});

describe('ViewBeacon', () => {
  it('reports a shown article once, however often it renders', () => {
    const { rerender } = render(<ViewBeacon slug="shown-story" />);
    rerender(<ViewBeacon slug="shown-story" />);
    render(<ViewBeacon slug="shown-story" />);
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    expect(sendBeacon).toHaveBeenCalledWith('/api/views', JSON.stringify({ slug: 'shown-story' }));
  });

  it('waits until a prerendered page is shown', () => {
    Object.defineProperty(document, 'prerendering', { value: true, configurable: true });
    render(<ViewBeacon slug="prerendered-story" />);
    expect(sendBeacon).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('prerenderingchange'));
    expect(sendBeacon).toHaveBeenCalledWith('/api/views', JSON.stringify({ slug: 'prerendered-story' }));
  });
});
