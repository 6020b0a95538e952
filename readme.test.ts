import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = fs.readFileSync('README.md', 'utf8');

/** The first-column cells of the Markdown table that follows a heading. */
function tableKeys(heading: string): string[] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, '')));
}

describe('README stays true to the tree', () => {
  it('names every top-level folder in "Where code lives"', () => {
    const named = tableKeys('Where code lives');
    const folders = fs
      .readdirSync('.', { withFileTypes: true })
      .filter(
        (e) =>
          e.isDirectory() &&
          !e.name.startsWith('.') &&
          !['node_modules', 'test-results', 'playwright-report'].includes(e.name),
      )
      .map((e) => e.name);
    expect(folders.filter((f) => !named.includes(f))).toEqual([]);
    expect(named.filter((f) => !folders.includes(f))).toEqual([]);
  });

  it('lists every npm script exactly once', () => {
    const scripts = Object.keys(JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>);
    const listed = tableKeys('npm scripts').map((s) => s.replace(/^npm (run )?/, '').split(' ')[0]!);
    expect([...listed].sort()).toEqual([...scripts].sort());
  });
});
