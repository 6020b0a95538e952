import type { Sharp } from 'sharp';
import type { HeroRatio } from '../seo/json-ld';

/**
 * The renditions a hero image is kept in, shared by the sample illustrations (scripts/generate-images.ts), the desk's
 * upload (ingest.ts) and the crop route (hero-variants.ts), so every hero has the same set whatever its origin.
 */

/** The stored hero: 16:9 WebP, at most this size; next/image derives every smaller width the pages ask for from it. */
export const HERO_MASTER = { width: 1600, height: 900 } as const;

/** The crops search engines and social cards ask for (16:9, 4:3, 1:1), served as JPEG at /media/articles/…. */
export const HERO_CROPS: Record<HeroRatio, { width: number; height: number }> = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
};

/** A hero no narrower than the widest crop: anything smaller would be blown up on the article page. */
export const HERO_MIN_WIDTH = HERO_CROPS['16x9'].width;

/** The master rendition of `image`, cropped to 16:9 around its most interesting part, never enlarged. */
export async function renderHeroMaster(image: Sharp, sourceWidth: number, sourceHeight: number) {
  const width = Math.min(HERO_MASTER.width, sourceWidth, Math.floor((sourceHeight * 16) / 9));
  const height = Math.round((width * 9) / 16);
  const data = await image
    .clone()
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .webp({ quality: 72 })
    .toBuffer();
  return { data, width, height };
}

export function renderHeroCrop(image: Sharp, ratio: HeroRatio): Promise<Buffer> {
  const { width, height } = HERO_CROPS[ratio];
  return image
    .clone()
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .jpeg({ quality: 78, mozjpeg: true })
    .toBuffer();
}

/** Where a crop made at upload sits beside its master: /media/uploads/x.webp → /media/uploads/x.16x9.jpg. */
export function heroCropSrc(heroSrc: string, ratio: HeroRatio): string {
  return heroSrc.replace(/\.[a-z]+$/, `.${ratio}.jpg`);
}
