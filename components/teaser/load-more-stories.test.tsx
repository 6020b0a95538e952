// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pagination } from '@/components/navigation/pagination';
import type { ArticleSummary, Paged } from '@/lib/content/types';
import { LoadMoreStories } from './load-more-stories';

// IntentPrefetchLink prefetches through Next's router, which only an app's root provides.
vi.mock('next/navigation', () => ({ useRouter: () => ({ prefetch: () => undefined }) }));

const TOTAL_PAGES = 3;

function story(slug: string): ArticleSummary {
  return {
    slug,
    title: `Headline ${slug}`,
    dek: 'A short excerpt.',
    section: { slug: 'markets', name: 'Markets' },
    authors: [{ slug: 'ana-ruiz', name: 'Ana Ruiz' }],
    publishedAt: '2026-12-01T08:00:00Z',
    publishedAgo: '2 hours ago',
    updatedAt: '2026-12-01T08:00:00Z',
    hero: { src: '/media/x.webp', alt: 'x', caption: '', credit: '', width: 1600, height: 900 },
    status: 'published',
  };
}

/** The stories endpoint as the server answers it, a moment later: two stories a page, three pages. */
const fetchStories = vi.fn(async (url: string) => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const page = Number(new URL(url, 'http://localhost').searchParams.get('page'));
  const body: Paged<ArticleSummary> = {
    items: [story(`p${page}-a`), story(`p${page}-b`)],
    page,
    totalPages: TOTAL_PAGES,
    totalItems: TOTAL_PAGES * 2,
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
});

function island(client: QueryClient, page = 1) {
  return (
    <QueryClientProvider client={client}>
      <LoadMoreStories endpoint="/api/stories?list=latest" basePath="" page={page} totalPages={TOTAL_PAGES}>
        <Pagination basePath="" page={page} totalPages={TOTAL_PAGES} />
      </LoadMoreStories>
    </QueryClientProvider>
  );
}

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient();
  fetchStories.mockClear();
  vi.stubGlobal('fetch', fetchStories);
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LoadMoreStories', () => {
  it('is the pagination links alone in the server HTML', () => {
    const html = renderToString(island(client) as ReactNode);
    expect(html).toContain('Older stories →');
    expect(html).not.toContain('<button');
  });

  it('appends page after page, moves the address along, and goes when the last page is in', async () => {
    render(island(client));
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    // The room for the stories is taken at the click, before they arrive.
    expect(screen.getAllByTestId('story-placeholder').length).toBeGreaterThan(0);
    expect(await screen.findByRole('link', { name: 'Headline p2-a' })).toBeTruthy();
    expect(screen.queryAllByTestId('story-placeholder')).toHaveLength(0);
    expect(window.location.pathname).toBe('/page/2');
    expect(fetchStories).toHaveBeenLastCalledWith('/api/stories?list=latest&page=2', expect.anything());

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    // One page of two stories so far: two stand-ins for the next.
    expect(await screen.findAllByTestId('story-placeholder')).toHaveLength(2);
    expect(await screen.findByRole('link', { name: 'Headline p3-b' })).toBeTruthy();
    expect(window.location.pathname).toBe('/page/3');
    expect(screen.queryByRole('button', { name: /load more|loading/i })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('4 more stories loaded; that is all of them');
    expect(fetchStories).toHaveBeenCalledTimes(2);
  });

  it('shows what was loaded again when the reader comes back to the list', async () => {
    const first = render(island(client));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByRole('link', { name: 'Headline p2-b' });
    first.unmount();

    render(island(client));
    expect(await screen.findByRole('link', { name: 'Headline p2-b' })).toBeTruthy();
    expect(fetchStories).toHaveBeenCalledTimes(1);
  });

  it('keeps a way back to newer stories on an older page', () => {
    render(island(client, 2));
    expect(screen.getByRole('link', { name: '← Newer' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('button', { name: 'Load more' })).toBeTruthy();
  });
});
