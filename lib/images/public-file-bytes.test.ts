import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicFileBytes } from './public-file-bytes';

describe('publicFileBytes', () => {
  it('gives the size of the file served at a public path, and null when there is none', () => {
    const logo = fs.statSync(path.join(process.cwd(), 'public', 'logo.png')).size;
    expect(publicFileBytes('/logo.png')).toBe(logo);
    expect(publicFileBytes('/images/../logo.png')).toBe(logo);
    expect(publicFileBytes('/no-such-file.webp')).toBeNull();
  });

  it('never reads outside public/', () => {
    expect(publicFileBytes('/../package.json')).toBeNull();
    expect(publicFileBytes('../../package.json')).toBeNull();
  });
});
