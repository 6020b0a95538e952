import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { heroImageFile, isUploadName, mediaDir, readUpload, uploadFile } from './media-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-media-'));
process.env.MEDIA_DIR = dir;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('media store', () => {
  it('lives in MEDIA_DIR, else .data/media of the working folder', () => {
    expect(mediaDir()).toBe(dir);
    expect(mediaDir({ NODE_ENV: 'test' })).toBe(path.join(process.cwd(), '.data', 'media'));
  });

  it('knows only the names an upload makes: a WebP master and its three JPEG crops', () => {
    for (const name of ['port-20261205-0a1b2c3d4e5f.webp', 'x.16x9.jpg', 'x.4x3.jpg', 'x.1x1.jpg'])
      expect(isUploadName(name)).toBe(true);
    for (const name of ['', '.webp', '../x.webp', 'a/b.webp', '..%2fx.webp', 'X.webp', 'x.png', 'x.2x1.jpg', 'x.jpg'])
      expect(isUploadName(name)).toBe(false);
  });

  it('never maps a name or hero src outside its folder', () => {
    expect(uploadFile('x.webp')).toBe(path.join(dir, 'x.webp'));
    expect(uploadFile('../../etc/passwd')).toBeNull();
    expect(heroImageFile('/media/uploads/x.16x9.jpg')).toBe(path.join(dir, 'x.16x9.jpg'));
    expect(heroImageFile('/media/uploads/../../package.json')).toBeNull();
    const publicRoot = path.join(process.cwd(), 'public');
    expect(heroImageFile('/images/a.webp')).toBe(path.join(publicRoot, 'images', 'a.webp'));
    expect(heroImageFile('/images/../../package.json')).toBe(path.join(publicRoot, 'package.json'));
  });

  it('reads an upload with its content type, and nothing for an unknown or unsafe name', async () => {
    fs.writeFileSync(path.join(dir, 'story-1.webp'), 'RIFF');
    fs.writeFileSync(path.join(dir, 'story-1.4x3.jpg'), 'JPEG');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'secret');
    expect(await readUpload('story-1.webp')).toEqual({ bytes: Buffer.from('RIFF'), type: 'image/webp' });
    expect(await readUpload('story-1.4x3.jpg')).toEqual({ bytes: Buffer.from('JPEG'), type: 'image/jpeg' });
    expect(await readUpload('story-2.webp')).toBeNull();
    expect(await readUpload('notes.txt')).toBeNull();
    expect(await readUpload('../media/story-1.webp')).toBeNull();
  });
});
