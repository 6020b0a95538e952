// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from './share-button';

const story = { title: 'Gold climbs', url: 'https://news.example/articles/gold-climbs' };

function give(name: 'share' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, name, { value, configurable: true });
}

afterEach(() => {
  cleanup();
  give('share', undefined);
  give('clipboard', undefined);
});

describe('ShareButton', () => {
  it('renders nothing where the browser can neither share nor copy', () => {
    const { container } = render(<ShareButton {...story} />);
    expect(container.innerHTML).toBe('');
  });

  it("opens the browser's share sheet with the story's title and address", async () => {
    const share = vi.fn(() => Promise.resolve());
    give('share', share);
    render(<ShareButton {...story} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share…' })));
    expect(share).toHaveBeenCalledWith(story);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('copies the address and says so where only the clipboard is available', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    give('clipboard', { writeText });
    render(<ShareButton {...story} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith(story.url);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  it('stays quiet when the reader closes the share sheet', async () => {
    give('share', () => Promise.reject(new DOMException('closed', 'AbortError')));
    render(<ShareButton {...story} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share…' })));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
