import fs from 'node:fs';
import { contentDir } from '@/lib/content/content-dir';
import { deskStatePath, readDeskState } from './desk-state';

let cached: { stamp: string; slugs: Set<string> } | null = null;

/**
 * Whether a story was taken down at the desk (its URL answers 410 Gone, so crawlers drop it). Asked by the proxy
 * only for article URLs that are not public; the desk's state file is read again only when it changes.
 */
export function isUnpublishedStory(slug: string): boolean {
  const dir = contentDir();
  let stamp = 'none';
  try {
    const stats = fs.statSync(deskStatePath(dir));
    stamp = `${stats.size}:${stats.mtimeMs}`;
  } catch {
    // No state file: nothing was ever unpublished.
  }
  if (cached?.stamp !== stamp) cached = { stamp, slugs: new Set(readDeskState(dir).unpublished) };
  return cached.slugs.has(slug);
}
