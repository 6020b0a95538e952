import fs from 'node:fs';
import { heroImageFile } from './media-store';

/** The size in bytes of the picture served at a URL path (/images/… or an upload), or null when there is none. */
export function publicFileBytes(src: string): number | null {
  const file = heroImageFile(src);
  try {
    return file ? fs.statSync(file).size : null;
  } catch {
    return null;
  }
}
