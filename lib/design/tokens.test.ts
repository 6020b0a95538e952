import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colours, tokensCss } from './tokens';

describe('design tokens', () => {
  it('writes every colour as a custom property, dark ones under the dark scheme', () => {
    expect(tokensCss).toContain(`--color-paper:${colours.light.paper}`);
    expect(tokensCss).toContain(`--color-accent-ink:${colours.light.accentInk}`);
    expect(tokensCss.split('prefers-color-scheme:dark')[1]).toContain(`--color-paper:${colours.dark.paper}`);
  });

  it('gives every colour a theme utility (text-muted, border-rule…) that reads its custom property', () => {
    const css = fs.readFileSync(path.join('app', 'globals.css'), 'utf8');
    const names = Object.keys(colours.light).map((name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    for (const name of names) expect(css).toContain(`--color-${name}: var(--color-${name});`);
  });

  it('is the only place a house colour is written', () => {
    const houseColours = new Set(Object.values(colours).flatMap((palette) => Object.values(palette)));
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (
          /\.(tsx?|css|mjs)$/.test(entry.name) &&
          !file.endsWith(path.join('design', 'tokens.ts')) &&
          !/\.test\.tsx?$/.test(entry.name)
        ) {
          const text = fs.readFileSync(file, 'utf8').toLowerCase();
          for (const colour of houseColours) if (text.includes(colour)) offenders.push(`${file}: ${colour}`);
        }
      }
    };
    for (const dir of ['app', 'components', 'lib', 'scripts']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
