import path from 'node:path';
import { getContentSnapshot } from '@/lib/content/content-store';
import { loadContent, type ArticleFileCache } from '@/lib/content/load-content';
import type { ContentProblem } from '@/lib/content/types';
import { isPublic } from '@/lib/content/visibility';
import { listNewStoryDrafts, type DeskDraft } from './desk-drafts';
import { readDeskState } from './desk-state';

export type DeskStatus = 'draft' | 'submitted' | 'unpublished' | 'scheduled' | 'published';

export interface DeskStory {
  slug: string;
  title: string;
  status: DeskStatus;
  publishedAt: string;
  updatedAt: string;
  /** The file differs from what the site is serving (edited by hand or by git, or refused by the content check). */
  notLive: boolean;
}

export interface DeskList {
  stories: Record<DeskStatus, DeskStory[]>;
  newDrafts: DeskDraft[];
  problems: ContentProblem[];
  now: number;
}

const files: ArticleFileCache = new Map();
const LATEST_PUBLISHED = 50;

/**
 * Every story as the folder holds it now, not as the site last loaded it: a file edited by hand or by git shows at
 * once (re-reading only files whose size or times changed), marked when the site has yet to take it up.
 */
export function listDeskStories(dir: string, now: number = Date.now()): DeskList {
  const onDisk = loadContent(dir, { bodies: 'none', cache: files });
  const served = new Map(getContentSnapshot().articles.map((a) => [a.slug, a]));
  const state = readDeskState(dir);
  const stories: DeskList['stories'] = { draft: [], submitted: [], unpublished: [], scheduled: [], published: [] };
  for (const article of onDisk.articles) {
    const status: DeskStatus =
      article.status === 'published'
        ? isPublic(article, now)
          ? 'published'
          : 'scheduled'
        : state.unpublished.includes(article.slug)
          ? 'unpublished'
          : state.submitted.includes(article.slug)
            ? 'submitted'
            : 'draft';
    const live = served.get(article.slug);
    stories[status].push({
      slug: article.slug,
      title: article.title,
      status,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      notLive:
        !live ||
        live.title !== article.title ||
        live.status !== article.status ||
        live.publishedAt !== article.publishedAt ||
        live.updatedAt !== article.updatedAt,
    });
  }
  const newest = (a: DeskStory, b: DeskStory) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
  for (const list of Object.values(stories)) list.sort(newest);
  // An archive holds many thousands: the desk lists the latest; older ones open by URL or search.
  stories.published.splice(LATEST_PUBLISHED);
  stories.scheduled.sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  return {
    stories,
    newDrafts: listNewStoryDrafts(dir),
    problems: onDisk.problems.map((p) => ({ ...p, file: path.basename(p.file) })),
    now,
  };
}
