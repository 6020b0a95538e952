import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContentSnapshot } from './content-store';
import { selectFront } from './front-selection';
import { RIVER_PAGE_SIZE } from './paginate';
import { publicArticles } from './public-articles';
import { mayExist, ONE_SEGMENT_ROUTES } from './public-routes';

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

describe('mayExist (URLs no route has)', () => {
  it('rules out shapes below public prefixes and unknown single segments, which would render an empty 404', () => {
    for (const path of [
      '/section/markets/extra',
      '/tag/batteries/page/2/more',
      '/articles/gold-climbs-as-central-banks-keep-buying/extra',
      '/articles/gold-climbs-as-central-banks-keep-buying/page/abc',
      '/page/2/extra',
      '/about-us',
      '/foo.bar',
    ])
      expect(mayExist(path), path).toBe(false);
    for (const path of ['/', '/about', '/search', '/robots.txt', '/opengraph-image', '/newsroom', '/api/health'])
      expect(mayExist(path), path).toBe(true);
  });

  it('knows every one-segment route there is: app/ routes and metadata files, app/[reader] pages, public/ files', () => {
    const app = path.join(process.cwd(), 'app');
    const hasRoute = (dir: string) => fs.readdirSync(dir).some((file) => /^(page|route)\.(tsx?|js)$/.test(file));
    const routeDirs = (dir: string) =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !/^[_[(]/.test(entry.name) && hasRoute(path.join(dir, entry.name)))
        .map((entry) => entry.name);
    const metadataFiles: Record<string, string> = { 'robots.ts': 'robots.txt', 'manifest.ts': 'manifest.webmanifest' };
    const appFiles = fs
      .readdirSync(app)
      .flatMap((file) =>
        metadataFiles[file]
          ? [metadataFiles[file]]
          : /^(favicon\.ico|icon\.svg|apple-icon\.png)$/.test(file)
            ? [file]
            : /^opengraph-image\./.test(file)
              ? ['opengraph-image']
              : [],
      );
    const publicFiles = fs
      .readdirSync(path.join(process.cwd(), 'public'), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
    const found = [...routeDirs(app), ...routeDirs(path.join(app, '[reader]')), ...appFiles, ...publicFiles];
    expect(new Set(found)).toEqual(ONE_SEGMENT_ROUTES);
  });
});
