import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { publicDir } from '../content/content-dir';
import type { HeroRatio } from '../seo/json-ld';
import { heroCropSrc, renderHeroCrop } from './renditions';

/**
 * A hero image cropped to one of the ratios search engines ask for (16:9, 4:3, 1:1), as JPEG: the crop made at upload
 * when there is one, else cut from the master now (the sample illustrations keep only their master; the edge caches
 * the answer).
 */
export async function renderHeroVariant(heroSrc: string, ratio: HeroRatio): Promise<Buffer> {
  const madeAtUpload = await fs.readFile(path.join(publicDir(), heroCropSrc(heroSrc, ratio))).catch(() => null);
  if (madeAtUpload) return madeAtUpload;
  return renderHeroCrop(sharp(await fs.readFile(path.join(publicDir(), heroSrc))), ratio);
}
