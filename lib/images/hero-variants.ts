import fs from 'node:fs/promises';
import sharp from 'sharp';
import type { HeroRatio } from '../seo/json-ld';
import { heroImageFile } from './media-store';
import { heroCropSrc, renderHeroCrop } from './renditions';

/**
 * A hero image cropped to one of the ratios search engines ask for (16:9, 4:3, 1:1), as JPEG: the crop made at upload
 * when there is one, else cut from the master now (the sample illustrations keep only their master; the edge caches
 * the answer).
 */
export async function renderHeroVariant(heroSrc: string, ratio: HeroRatio): Promise<Buffer> {
  const read = (src: string) => {
    const file = heroImageFile(src);
    return file ? fs.readFile(file) : Promise.reject(new Error(`${src} is not a stored picture`));
  };
  const madeAtUpload = await read(heroCropSrc(heroSrc, ratio)).catch(() => null);
  if (madeAtUpload) return madeAtUpload;
  return renderHeroCrop(sharp(await read(heroSrc)), ratio);
}
