import { describe, expect, it } from 'vitest';
import { getContentSnapshot } from './content-store';
import { selectFront } from './front-selection';
import { RIVER_PAGE_SIZE } from './paginate';
import { publicArticles } from './public-articles';
import { mayExist } from './public-routes';

describe('mayExist (the sample newsroom)', () => {
  it('knows public articles, lists and their page counts', () => {
    expect(mayExist('/articles/gold-climbs-as-central-banks-keep-buying')).toBe(true);
    expect(mayExist('/section/markets')).toBe(true);
    expect(mayExist('/page/2')).toBe(true);
    expect(mayExist('/tag/batteries')).toBe(true);
    expect(mayExist('/author/lena-okafor')).toBe(true);
  });

  it('rules out unknown, unpublished and out-of-range URLs', () => {
    for (const path of [
      '/articles/no-such-story',
      '/articles/draft-port-automation-deal-zebraquail',
      '/articles/scheduled-spring-budget-preview',
      '/section/sport',
      '/section/markets/page/2',
      '/section/markets/page/0',
      '/section/markets/page/abc',
      '/tag/not-a-topic',
      '/page/99999',
      '/page/-1',
      '/author/nobody',
    ]) {
      expect(mayExist(path), path).toBe(false);
    }
  });

  it('counts the homepage river in pages of RIVER_PAGE_SIZE, as the homepage and Load more cut it', () => {
    const snapshot = getContentSnapshot();
    const sectionOrder = snapshot.sections.map((s) => s.slug);
    const river = selectFront(publicArticles(snapshot, Date.now()).articles, snapshot.frontPage, sectionOrder).river;
    const lastPage = Math.ceil(river.length / RIVER_PAGE_SIZE);
    expect(lastPage).toBeGreaterThan(2);
    expect(mayExist(`/page/${lastPage}`)).toBe(true);
    expect(mayExist(`/page/${lastPage + 1}`)).toBe(false);
  });

  it('shows a scheduled story once its time has come', () => {
    expect(mayExist('/articles/scheduled-spring-budget-preview', Date.parse('2027-03-15T08:00:01Z'))).toBe(true);
  });

  it('lets the Sections and Topics indexes through', () => {
    for (const path of ['/section', '/tag']) expect(mayExist(path), path).toBe(true);
  });

  it('leaves every other path to the app', () => {
    // The site pages are routes of their own; a path without one (/about-us) is Next's 404, not the proxy's.
    for (const path of ['/about', '/contact', '/privacy', '/corrections']) expect(mayExist(path), path).toBe(true);
    expect(mayExist('/feed.xml')).toBe(true);
    expect(mayExist('/api/stories')).toBe(true);
  });
});
