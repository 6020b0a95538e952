import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/views/route';
import { getContentSnapshot } from '../content/content-store';
import { isPublic } from '../content/visibility';

describe('POST /api/views with an unavailable store', () => {
  const saved = process.env.VIEWS_DATA_DIR;
  afterEach(() => {
    // The route keeps its store per process: forget it and the setting this test made.
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('meridian.viewStore')];
    if (saved === undefined) delete process.env.VIEWS_DATA_DIR;
    else process.env.VIEWS_DATA_DIR = saved;
  });

  it('answers 503 with Retry-After, and keeps answering, instead of crashing', async () => {
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-views-')), 'a-file');
    fs.writeFileSync(blocker, 'not a directory');
    process.env.VIEWS_DATA_DIR = path.join(blocker, 'views');
    const slug = getContentSnapshot().articles.find((a) => isPublic(a, Date.now()))!.slug;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await POST(
        new Request('http://localhost/api/views', {
          method: 'POST',
          body: JSON.stringify({ slug }),
          headers: { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36' },
        }),
      );
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
    }
  });
});
