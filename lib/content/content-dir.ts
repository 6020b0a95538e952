import path from 'node:path';

/** The content folder: data/ by default, another folder (a generated corpus) through CONTENT_DIR. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'data'));
}

/** Where hero images and avatars live, so their presence can be checked. */
export function publicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PUBLIC_DIR ?? path.join(process.cwd(), 'public'));
}
