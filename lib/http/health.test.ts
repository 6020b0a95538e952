import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import { makeContentFixture } from '../../test-support/content-fixture';
import { SqliteViewStore } from '@/lib/views/sqlite-view-store';
import { readiness } from './health';

describe('readiness', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-health-'));
  const views = new SqliteViewStore(path.join(dir, 'views'));
  afterEach(() => {
    delete process.env.PUBLIC_DIR;
  });

  it('is ready when the content folder loads with articles and sections', async () => {
    const { contentDir, publicDir } = makeContentFixture([{ slug: 'a-story' }]);
    process.env.PUBLIC_DIR = publicDir;
    const result = await readiness(() => loadContent(contentDir), views);
    expect(result).toEqual({
      ready: true,
      checks: { content: { ok: true, articles: 1, sections: 2, problems: 0 }, views: { ok: true } },
    });
  });

  it('is not ready with no articles, or when the content cannot be read', async () => {
    const { contentDir, publicDir } = makeContentFixture([]);
    process.env.PUBLIC_DIR = publicDir;
    expect((await readiness(() => loadContent(contentDir), views)).ready).toBe(false);
    const failed = await readiness(() => {
      throw new Error('EACCES: permission denied\nmore');
    }, views);
    expect(failed.checks.content).toEqual({
      ok: false,
      articles: 0,
      sections: 0,
      problems: 0,
      error: 'EACCES: permission denied',
    });
  });

  it('reports a view store that cannot count, but stays ready: pages do not need it', async () => {
    const { contentDir, publicDir } = makeContentFixture([{ slug: 'a-story' }]);
    process.env.PUBLIC_DIR = publicDir;
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'not a directory');
    const result = await readiness(() => loadContent(contentDir), new SqliteViewStore(path.join(blocker, 'views')));
    expect(result.ready).toBe(true);
    expect(result.checks.views).toEqual({ ok: false });
  });
});
