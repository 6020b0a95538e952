// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBrowserIdle } from './use-browser-idle';

function IdleState() {
  return <p>{useBrowserIdle() ? 'live' : 'waiting'}</p>;
}

afterEach(cleanup);

describe('useBrowserIdle', () => {
  it('is false on the server and until the browser is idle, then true for every island', () => {
    expect(renderToString(<IdleState />)).toContain('waiting');
    let markIdle: IdleRequestCallback | undefined;
    const requestIdle = vi.fn((callback: IdleRequestCallback) => {
      markIdle = callback;
      return 1;
    });
    Object.defineProperty(window, 'requestIdleCallback', { value: requestIdle, configurable: true });

    render(
      <>
        <IdleState />
        <IdleState />
      </>,
    );
    expect(screen.getAllByText('waiting')).toHaveLength(2);
    // One idle request serves every island on the page.
    expect(requestIdle).toHaveBeenCalledTimes(1);

    act(() => markIdle!({ didTimeout: false, timeRemaining: () => 50 }));
    expect(screen.getAllByText('live')).toHaveLength(2);

    // Once idle, a later island starts live at once.
    cleanup();
    render(<IdleState />);
    expect(screen.getByText('live')).toBeDefined();
    expect(requestIdle).toHaveBeenCalledTimes(1);
  });
});
