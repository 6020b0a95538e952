import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT } from './add-compile-hints';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A build folder laid out as `next build` leaves it: chunks, and a manifest naming the polyfills. */
function buildWith(chunks: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-compile-hints-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'static', 'chunks'), { recursive: true });
  for (const [name, source] of Object.entries(chunks)) fs.writeFileSync(path.join(dir, 'static', 'chunks', name), source);
  fs.writeFileSync(path.join(dir, 'build-manifest.json'), JSON.stringify({ polyfillFiles: ['static/chunks/polyfills.js'] }));
  return dir;
}
const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, 'static', 'chunks', name), 'utf8');

describe('compile hints (postbuild)', () => {
  it('puts the hint first in every client chunk but the polyfills, and leaves other files alone', () => {
    const dir = buildWith({ 'runtime.js': 'self.a=1;', 'page.js': '"use strict";f()', 'polyfills.js': 'p()', 'styles.css': 'a{}' });
    expect(addCompileHints(dir)).toEqual({ marked: 2, skipped: 1 });
    expect(read(dir, 'runtime.js')).toBe(`${COMPILE_HINT}self.a=1;`);
    expect(read(dir, 'page.js')).toBe(`${COMPILE_HINT}"use strict";f()`);
    expect(read(dir, 'polyfills.js')).toBe('p()');
    expect(read(dir, 'styles.css')).toBe('a{}');
  });

  it('run twice, changes nothing the second time', () => {
    const dir = buildWith({ 'runtime.js': 'self.a=1;' });
    addCompileHints(dir);
    expect(addCompileHints(dir)).toEqual({ marked: 0, skipped: 1 });
    expect(read(dir, 'runtime.js')).toBe(`${COMPILE_HINT}self.a=1;`);
  });

  it('names the folder when there is no client build in it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-compile-hints-'));
    dirs.push(dir);
    expect(() => addCompileHints(dir)).toThrow(`no client build in ${dir}`);
  });
});
