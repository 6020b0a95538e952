import fs from 'node:fs/promises';
import path from 'node:path';
import { publicDir } from '../content/content-dir';

/**
 * Where uploaded pictures live and how their URLs map to files. `next start` serves only the public/ files that
 * existed at build time, so uploads are kept outside public/, in MEDIA_DIR (default `.data/media`), and served by
 * the /media/uploads/<name> route. A hero's `src` is either a public/ path (/images/…) or such an upload URL.
 */

export const UPLOADS_URL = '/media/uploads';

/** The names ingest.ts generates: a master (.webp) and its crops (.16x9.jpg, …); nothing else is ever served. */
const UPLOAD_NAME = /^[a-z0-9][a-z0-9-]{0,80}(?:\.(?:16x9|4x3|1x1)\.jpg|\.webp)$/;

const CONTENT_TYPES: Record<string, string> = { webp: 'image/webp', jpg: 'image/jpeg' };

export function mediaDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR || path.join(process.cwd(), '.data', 'media'));
}

export function isUploadName(name: string): boolean {
  return UPLOAD_NAME.test(name);
}

export function uploadUrl(name: string): string {
  return `${UPLOADS_URL}/${name}`;
}

/** The file of an upload by its name, or null for any name the upload never makes (so no path can leave the folder). */
export function uploadFile(name: string, dir: string = mediaDir()): string | null {
  return isUploadName(name) ? path.join(dir, name) : null;
}

function uploadContentType(name: string): string {
  return CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/** The file behind a hero's src: an upload in the media folder, else a file in public/ (never outside either). */
export function heroImageFile(src: string): string | null {
  if (src.startsWith(`${UPLOADS_URL}/`)) return uploadFile(src.slice(UPLOADS_URL.length + 1));
  // Normalised from the root, so ".." segments cannot leave public/.
  return path.join(publicDir(), path.posix.normalize(`/${src}`));
}

/** An upload's bytes and type by its name, or null when the name is not one the upload makes or no such file exists. */
export async function readUpload(name: string): Promise<{ bytes: Buffer; type: string } | null> {
  const file = uploadFile(name);
  const bytes = file ? await fs.readFile(file).catch(() => null) : null;
  return bytes ? { bytes, type: uploadContentType(name) } : null;
}
