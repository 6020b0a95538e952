import fs from 'node:fs';
import path from 'node:path';
import { publicDir } from '../content/content-dir';

/** The size in bytes of the file served at a public URL path (/images/…), or null when there is none. */
export function publicFileBytes(src: string): number | null {
  // Normalised from the root, so ".." segments cannot leave public/.
  const file = path.join(publicDir(), path.posix.normalize(`/${src}`));
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}
