import { publicView } from '../content/public-view';

/** Slugs of the published, due articles: the only ones a beacon may count. Cached with the content. */
export async function getPublicSlugs(): Promise<string[]> {
  'use cache';
  return publicView().articles.map((a) => a.slug);
}
