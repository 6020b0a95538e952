import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentFixture } from '../../test-support/content-fixture';
import { CITY_COOKIE, PREFERENCE_MAX_AGE_SECONDS, UNIT_COOKIE } from '../weather/saved-choice';
import { loadSitePages, readSitePage, SITE_PAGES } from './site-pages';

const dataDir = path.join(process.cwd(), 'data');

function fixtureWith(slug: string, source: string | null): string {
  const { contentDir } = makeContentFixture([]);
  const file = path.join(contentDir, 'pages', `${slug}.md`);
  if (source === null) fs.rmSync(file);
  else fs.writeFileSync(file, source);
  return contentDir;
}

describe('site pages', () => {
  it('loads every page of the sample newsroom, rendered and valid', () => {
    const { pages, problems } = loadSitePages(dataDir);
    expect(problems).toEqual([]);
    expect(pages.map((p) => p.slug)).toEqual(SITE_PAGES.map((p) => p.slug));
    for (const page of pages) {
      expect(page.bodyHtml).toMatch(/^<p>/);
      expect(Date.parse(page.updatedAt)).not.toBeNaN();
    }
  });

  it('says on the privacy page which cookies keep a choice and for how long, as the code sets them', () => {
    const privacy = fs.readFileSync(path.join(dataDir, 'pages', 'privacy.md'), 'utf8');
    expect(privacy).toContain(`\`${CITY_COOKIE}\``);
    expect(privacy).toContain(`\`${UNIT_COOKIE}\``);
    expect(PREFERENCE_MAX_AGE_SECONDS).toBe(365 * 24 * 60 * 60);
    expect(privacy).toContain('one year');
    expect(privacy.match(/`meridian-[a-z-]+`/g)?.sort()).toEqual([`\`${CITY_COOKIE}\``, `\`${UNIT_COOKIE}\``]);
  });

  it('names the file, line and field of a bad front matter', () => {
    const dir = fixtureWith('about', '---\ntitle: About\ndescription: too short\nupdatedAt: yesterday\n---\n\nText.\n');
    const { problems } = loadSitePages(dir);
    expect(problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 3, field: 'description' },
      { line: 4, field: 'updatedAt' },
    ]);
    expect(problems[0]!.file).toMatch(/pages\/about\.md$/);
    expect(problems[0]!.message).toMatch(/at least 20 characters/);
  });

  it('reports a missing page, an empty body, an unknown field and a stray file', () => {
    const dir = fixtureWith('contact', null);
    fs.writeFileSync(
      path.join(dir, 'pages', 'privacy.md'),
      '---\ntitle: Privacy\ndescription: What this site keeps about you.\nupdatedAt: 2026-11-01T08:00:00Z\nauthor: me\n---\n\n',
    );
    fs.writeFileSync(path.join(dir, 'pages', 'about-us.md'), '---\ntitle: x\n---\n');
    const messages = loadSitePages(dir).problems.map((p) => `${path.basename(p.file)} ${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'contact.md (file): is missing',
      'privacy.md (front matter): unknown field(s): author',
      'privacy.md (body): is empty',
      expect.stringMatching(/^about-us\.md \(file\): is not a site page/),
    ]);
  });

  it('renders with the articles sanitiser: raw HTML and script links are dropped', () => {
    const dir = fixtureWith(
      'about',
      '---\ntitle: About\ndescription: Who we are and what we do here.\nupdatedAt: 2026-11-01T08:00:00Z\n---\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) and **bold**.\n',
    );
    const result = readSitePage('about', dir);
    if (!('page' in result)) throw new Error(JSON.stringify(result.problems));
    expect(result.page.bodyHtml).not.toMatch(/script|javascript:/);
    expect(result.page.bodyHtml).toContain('<strong>bold</strong>');
  });
});
