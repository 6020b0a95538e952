import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load-content';
import { loadSitePages } from '../lib/content/site-pages';

describe('content:generate', () => {
  it('writes a corpus that passes the content check, with bodies of 300 to 1,500 words', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-corpus-')), 'data');
    const run = spawnSync('npm', ['run', '--silent', 'content:generate', '--', '--articles', '40', '--out', out], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const snapshot = loadContent(out);
    expect(snapshot.problems).toEqual([]);
    expect(loadSitePages(out).problems).toEqual([]);
    expect(snapshot.articles).toHaveLength(40);
    const sections = new Set(snapshot.articles.map((a) => a.sectionSlug));
    expect(sections.size).toBeGreaterThan(3);
    for (const article of snapshot.articles.slice(0, 10)) {
      const words = fs.readFileSync(article.sourcePath, 'utf8').split('---')[2]!.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1700);
    }
  });
});
