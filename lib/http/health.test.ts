import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import { makeContentFixture } from '@/lib/content/content-fixture';
import { readiness } from './health';

describe('readiness', () => {
  afterEach(() => {
    delete process.env.PUBLIC_DIR;
  });

  it('is ready when the content folder loads with articles and sections', () => {
    const { contentDir, publicDir } = makeContentFixture([{ slug: 'a-story' }]);
    process.env.PUBLIC_DIR = publicDir;
    const result = readiness(() => loadContent(contentDir));
    expect(result).toEqual({ ready: true, checks: { content: { ok: true, articles: 1, sections: 2, problems: 0 } } });
  });

  it('is not ready with no articles, or when the content cannot be read', () => {
    const { contentDir, publicDir } = makeContentFixture([]);
    process.env.PUBLIC_DIR = publicDir;
    expect(readiness(() => loadContent(contentDir)).ready).toBe(false);
    const failed = readiness(() => {
      throw new Error('EACCES: permission denied\nmore');
    });
    expect(failed).toEqual({ ready: false, checks: { content: { ok: false, articles: 0, sections: 0, problems: 0, error: 'EACCES: permission denied' } } });
  });
});
