import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { publicDir } from '../content/content-dir';
import type { HeroRatio } from '../seo/json-ld';

const SIZES: Record<HeroRatio, { width: number; height: number }> = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
};

/** A hero image cropped to one of the ratios search engines ask for (16:9, 4:3, 1:1), as JPEG. */
export async function renderHeroVariant(heroSrc: string, ratio: HeroRatio): Promise<Buffer> {
  const source = await fs.readFile(path.join(publicDir(), heroSrc));
  const { width, height } = SIZES[ratio];
  return sharp(source)
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 78, mozjpeg: true })
    .toBuffer();
}
