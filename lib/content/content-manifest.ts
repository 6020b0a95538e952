import fs from 'node:fs';
import path from 'node:path';
import type { ArticleFileCache } from './load-content';
import type { ArticleMeta, HeroImage } from './types';
import { isPublic } from './visibility';

/**
 * The parsed article files of a content folder, written by the content check (`npm run build` runs it first) and
 * read when a server or build worker starts: parsing the YAML front matter of 100,000 files takes a minute on
 * this machine; reading this file and one stat per article takes a few seconds. Each entry is used only while
 * its file's size and times are unchanged, so an edited, added or removed file is read again. One manifest, for
 * the folder checked last (the one the last build used); a missing or foreign one only makes the start slower.
 */
const VERSION = 1;

interface Manifest {
  version: number;
  dir: string;
  files: [string, unknown][];
}

function defaultManifestPath(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'meridian-content.json');
}

export function writeContentManifest(dir: string, files: ArticleFileCache, file: string = defaultManifestPath()): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Drafts and scheduled stories stay out: their titles must not sit in the build output. They are few, and a start
  // reads their front matter from their files.
  const now = Date.now();
  const entries = [...files].filter(([, entry]) => 'meta' in entry.parsed && isPublic(entry.parsed.meta, now));
  const manifest: Manifest = { version: VERSION, dir, files: entries };
  // Written aside and renamed, so a process starting meanwhile never reads half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(manifest));
  fs.renameSync(`${file}.tmp`, file);
}

export function readContentManifest(dir: string, file: string = defaultManifestPath()): ArticleFileCache {
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    if (manifest.version === VERSION && manifest.dir === dir)
      return shareRepeatedValues(new Map(manifest.files) as ArticleFileCache);
  } catch {
    // none yet, or unreadable: the folder is parsed instead
  }
  return new Map();
}

/**
 * JSON.parse makes a new string for every value: 100,000 entries would hold 100,000 copies of each section, topic,
 * author, status and hero (archives share illustrations), of each path (the entry's key again) and of `updatedAt`
 * when it is `publishedAt`. Equal values are made one; a story's own title, dek, slug and dates stay its own.
 */
function shareRepeatedValues(files: ArticleFileCache): ArticleFileCache {
  const strings = new Map<string, string>();
  const share = (value: string) => strings.get(value) ?? (strings.set(value, value), value);
  const heroes = new Map<string, HeroImage>();
  for (const [file, entry] of files) {
    if (!('meta' in entry.parsed)) continue;
    const meta = entry.parsed.meta;
    const heroKey = JSON.stringify(meta.hero);
    meta.sectionSlug = share(meta.sectionSlug);
    meta.tagSlugs = meta.tagSlugs.map(share);
    meta.authorSlugs = meta.authorSlugs.map(share);
    meta.status = share(meta.status) as ArticleMeta['status'];
    if (meta.updatedAt === meta.publishedAt) meta.updatedAt = meta.publishedAt;
    meta.hero = heroes.get(heroKey) ?? (heroes.set(heroKey, meta.hero), meta.hero);
    meta.sourcePath = file;
  }
  return files;
}
