import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import { isPublic } from '@/lib/content/visibility';
import { writeArchiveContent } from './archive-content';

describe('writeArchiveContent', () => {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-archive-test-'));
  afterAll(() => fs.rmSync(target, { recursive: true, force: true }));

  it('adds valid public stories, all older than every sample story, so none is among the prerendered newest', () => {
    const slugs = writeArchiveContent(target, 150, 'test');
    const content = loadContent(target);
    expect(content.problems).toEqual([]);
    const now = Date.now();
    const archive = content.articles.filter((a) => slugs.includes(a.slug));
    expect(archive).toHaveLength(150);
    expect(archive.every((a) => isPublic(a, now))).toBe(true);
    const samples = content.articles.filter((a) => !slugs.includes(a.slug));
    const oldestSample = Math.min(...samples.map((a) => Date.parse(a.publishedAt)));
    expect(Math.max(...archive.map((a) => Date.parse(a.publishedAt)))).toBeLessThan(oldestSample);
  });
});
