import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from './lib/content/load-content';

const readme = fs.readFileSync('README.md', 'utf8');
const savedPublicDir = process.env.PUBLIC_DIR;
afterEach(() => {
  if (savedPublicDir === undefined) delete process.env.PUBLIC_DIR;
  else process.env.PUBLIC_DIR = savedPublicDir;
});

/** A newcomer copies the README's "Adding content" examples as they are: they must pass the content check. */
describe("README's recipes for a section and a story", () => {
  it('pass the content check when copied into data/', async () => {
    const section = JSON.parse(/\*\*A section\*\*: add `(\{[^`]+\})`/.exec(readme)![1]!) as { slug: string };
    const story = /```yaml\n([\s\S]+?)```/.exec(readme)![1]!;
    const slug = /^slug: (\S+)/m.exec(story)![1]!;
    const heroSrc = /^ {2}src: (\S+)/m.exec(story)![1]!;

    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-readme-'));
    const data = path.join(root, 'data');
    fs.cpSync('data', data, { recursive: true });
    fs.cpSync('public', path.join(root, 'public'), { recursive: true });
    const sectionsFile = path.join(data, 'sections.json');
    const sections = JSON.parse(fs.readFileSync(sectionsFile, 'utf8')) as unknown[];
    fs.writeFileSync(sectionsFile, JSON.stringify([...sections, section]));
    fs.writeFileSync(path.join(data, 'articles', `${slug}.md`), story);
    // What `npm run images:generate` (or the editor's own picture) provides.
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#335577' } })
      .webp()
      .toFile(path.join(root, 'public', heroSrc));
    process.env.PUBLIC_DIR = path.join(root, 'public');

    const snapshot = loadContent(data);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.sections.map((s) => s.slug)).toContain(section.slug);
    expect(snapshot.articles.map((a) => a.slug)).toContain(slug);
  });
});
