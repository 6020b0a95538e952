import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { HeroImage } from '../content/types';
import { HERO_RATIOS } from '../seo/json-ld';
import { mediaDir, uploadUrl } from './media-store';
import { HERO_MIN_WIDTH, heroCropSrc, renderHeroCrop, renderHeroMaster } from './renditions';

/**
 * The desk's image upload: checks a picture from its bytes, strips its metadata, turns it upright and writes every
 * rendition the public pages use (renditions.ts) into the media folder (media-store.ts), each file atomically.
 */

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** Decoding is refused past this many pixels, whatever the file's size: a small PNG can declare a huge canvas. */
export const MAX_UPLOAD_PIXELS = 50_000_000;
const HERO_MIN_HEIGHT = Math.ceil((HERO_MIN_WIDTH * 9) / 16);

const TEXT_LIMITS = { alt: [5, 250], caption: [1, 500], credit: [1, 120] } as const;
type TextField = keyof typeof TEXT_LIMITS;

export interface IngestInput {
  bytes: Uint8Array;
  /** Only echoed in messages: the file's type and name on disk never come from the reader. */
  fileName?: string;
  alt: string;
  caption: string;
  credit: string;
  /** The story's slug, kept (lowercase letters, digits and hyphens only) as a readable prefix of the file name. */
  slugHint: string;
}

export type IngestResult =
  { ok: true; hero: HeroImage; files: string[] } | { ok: false; field: 'file' | TextField; message: string };

type Format = 'jpeg' | 'png' | 'webp';

/** The format the bytes say they are, by their magic numbers; null for anything else. */
export function sniffImageFormat(bytes: Uint8Array): Format | null {
  const starts = (offset: number, signature: number[]) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(0, [0x52, 0x49, 0x46, 0x46]) && starts(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
  return null;
}

function checkText(input: IngestInput): IngestResult | Record<TextField, string> {
  const texts = {} as Record<TextField, string>;
  for (const field of Object.keys(TEXT_LIMITS) as TextField[]) {
    const [min, max] = TEXT_LIMITS[field];
    const value = typeof input[field] === 'string' ? input[field].trim() : '';
    if (value.length === 0)
      return { ok: false, field, message: `${field === 'alt' ? 'Alt text' : field} is required.` };
    if (value.length < min) return { ok: false, field, message: `${field} needs at least ${min} characters.` };
    if (value.length > max) return { ok: false, field, message: `${field} must be at most ${max} characters.` };
    texts[field] = value;
  }
  return texts;
}

function fileProblem(message: string): IngestResult {
  return { ok: false, field: 'file', message };
}

/** Writes beside the target under a temporary name, then renames: a reader never sees half a file. */
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await fs.writeFile(temporary, data, { flag: 'wx' });
    await fs.rename(temporary, file);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

function safeBaseName(slugHint: unknown): string {
  const prefix = String(slugHint ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const unique = `${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(6).toString('hex')}`;
  return prefix ? `${prefix}-${unique}` : unique;
}

/** The master and every crop, in memory; sharp writes no metadata unless asked, so EXIF, GPS and XMP stay behind. */
async function renderAll(image: Sharp, src: string, width: number, height: number) {
  const master = await renderHeroMaster(image, width, height);
  const crops = await Promise.all(HERO_RATIOS.map((ratio) => renderHeroCrop(image, ratio)));
  const renditions = [
    { src, data: master.data },
    ...HERO_RATIOS.map((ratio, i) => ({ src: heroCropSrc(src, ratio), data: crops[i]! })),
  ];
  return { master, renditions };
}

export async function ingestImage(input: IngestInput, root: string = mediaDir()): Promise<IngestResult> {
  const texts = checkText(input);
  if ('ok' in texts) return texts;
  const { bytes } = input;
  const label = input.fileName ? `"${input.fileName.slice(0, 80)}"` : 'The file';
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return fileProblem('Choose a picture to upload.');
  if (bytes.length > MAX_UPLOAD_BYTES)
    return fileProblem(`${label} is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  const format = sniffImageFormat(bytes);
  if (!format) return fileProblem(`${label} is not a JPEG, PNG or WebP picture.`);

  // The header alone is read here (no pixels are decoded), so the pixel count can be judged and explained first.
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta || meta.format !== format || !meta.width || !meta.height)
    return fileProblem(`${label} is damaged or not the picture its contents claim.`);
  if (meta.width * meta.height > MAX_UPLOAD_PIXELS)
    return fileProblem(`${label} has more than ${MAX_UPLOAD_PIXELS / 1_000_000} million pixels.`);
  // autoOrient: width and height as the picture will stand once its EXIF orientation is applied.
  const { width, height } = meta.autoOrient;
  if (width < HERO_MIN_WIDTH || height < HERO_MIN_HEIGHT)
    return fileProblem(
      `${label} is ${width} × ${height} pixels; a hero needs at least ${HERO_MIN_WIDTH} × ${HERO_MIN_HEIGHT}.`,
    );

  const src = uploadUrl(`${safeBaseName(input.slugHint)}.webp`);
  const image = sharp(bytes, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: 'error', autoOrient: true });
  const rendered = await renderAll(image, src, width, height).catch(() => null);
  if (!rendered) return fileProblem(`${label} could not be decoded; it may be truncated or damaged.`);
  const { master, renditions } = rendered;

  const folder = path.resolve(root);
  await fs.mkdir(folder, { recursive: true });
  const files = renditions.map((r) => path.join(folder, path.posix.basename(r.src)));
  // Crops first, master last: the hero's path exists only once everything it implies does.
  for (const [i, rendition] of [...renditions.entries()].reverse()) await writeAtomically(files[i]!, rendition.data);
  return {
    ok: true,
    hero: { src, ...texts, width: master.width, height: master.height },
    files,
  };
}
