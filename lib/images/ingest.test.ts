import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { decompressionBomb } from '../../test-support/image-bomb';
import { heroImageSchema } from '../content/schema';
import { ingestImage, MAX_UPLOAD_BYTES } from './ingest';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-ingest-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const TEXTS = { alt: 'Cranes over a container port at dusk', caption: 'The port at dusk.', credit: 'Photo: Meridian' };

/** A real picture with detail (noise over a gradient), so the encoders have something to compress. */
function picture(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = ((i * 7919) % 251) ^ (i / 3 / width);
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

function ingest(bytes: Uint8Array, overrides: Partial<Parameters<typeof ingestImage>[0]> = {}) {
  return ingestImage({ bytes, fileName: 'upload.jpg', slugHint: 'port-story', ...TEXTS, ...overrides }, root);
}

describe('ingestImage refuses', () => {
  it('a text file renamed to .jpg, by its bytes', async () => {
    const result = await ingest(Buffer.from('Not a picture, just words.\n'.repeat(100)), { fileName: 'photo.jpg' });
    expect(result).toEqual({ ok: false, field: 'file', message: '"photo.jpg" is not a JPEG, PNG or WebP picture.' });
  });

  it('a 50 MB file before reading it as a picture', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff]);
    expect(big.length).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(await ingest(big)).toMatchObject({ ok: false, field: 'file', message: expect.stringContaining('15 MB') });
  });

  it('a tiny PNG declaring ten gigapixels, without decoding it', async () => {
    const bomb = decompressionBomb();
    expect(bomb.length).toBeLessThan(2048);
    expect(await ingest(bomb)).toMatchObject({ ok: false, field: 'file', message: expect.stringContaining('million') });
  });

  it('a picture too small for a hero', async () => {
    const small = await picture(800, 600).png().toBuffer();
    expect(await ingest(small)).toMatchObject({
      ok: false,
      field: 'file',
      message: expect.stringContaining('800 × 600'),
    });
  });

  it('a JPEG cut short', async () => {
    const whole = await picture(1600, 900).jpeg().toBuffer();
    expect(await ingest(whole.subarray(0, whole.length / 3))).toMatchObject({ ok: false, field: 'file' });
  });

  it('missing or blank alt text, and over-long credits', async () => {
    const png = await picture(1280, 720).png().toBuffer();
    expect(await ingest(png, { alt: '   ' })).toEqual({ ok: false, field: 'alt', message: 'Alt text is required.' });
    expect(await ingest(png, { credit: 'x'.repeat(121) })).toMatchObject({ ok: false, field: 'credit' });
  });
});

describe('ingestImage accepts', () => {
  it.each([
    ['JPEG', (s: Sharp) => s.jpeg()],
    ['PNG', (s: Sharp) => s.png()],
    ['WebP', (s: Sharp) => s.webp()],
  ])('a %s, writing the master and every crop', async (_name, encode) => {
    const bytes = await encode(picture(2000, 1300)).toBuffer();
    const result = await ingest(bytes, { fileName: '../../etc/passwd', slugHint: '../Harbour Cranes/Go!' });
    if (!result.ok) throw new Error(result.message);
    expect(result.hero.src).toMatch(/^\/media\/uploads\/harbour-cranes-go-\d{8}-[0-9a-f]{12}\.webp$/);
    expect(heroImageSchema.parse(result.hero)).toEqual({ ...result.hero, ...TEXTS });
    expect(result.hero).toMatchObject({ width: 1600, height: 900 });
    expect(result.files).toHaveLength(4);
    const sizes = await Promise.all(result.files.map((file) => sharp(file).metadata()));
    expect(sizes.map((m) => [m.format, m.width, m.height])).toEqual([
      ['webp', 1600, 900],
      ['jpeg', 1200, 675],
      ['jpeg', 1200, 900],
      ['jpeg', 1200, 1200],
    ]);
    for (const file of result.files) expect(file.startsWith(root)).toBe(true);
    expect(fs.readdirSync(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a phone photo: turned upright and stripped of its EXIF', async () => {
    // Stored sideways (1300 × 2000) with orientation 6 (rotate 90° clockwise), and a camera make in its EXIF.
    const bytes = await picture(1300, 2000)
      .jpeg()
      .withExif({ IFD0: { Make: 'PocketCam' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(bytes).metadata()).orientation).toBe(6);
    const result = await ingest(bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.hero).toMatchObject({ width: 1600, height: 900 });
    for (const file of result.files) {
      const meta = await sharp(file).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
    expect(fs.readFileSync(result.files[0]!).includes('PocketCam')).toBe(false);
  });
});
