import path from 'node:path';
import { checkContentFolder, getContentSnapshot } from '../content/content-store';
import type { ArticleMeta, ContentProblem } from '../content/types';
import { isPublic } from '../content/visibility';
import { previewPath } from './preview-token';
import { readSecret } from './secrets';

export interface NewsroomStory {
  slug: string;
  title: string;
  sectionSlug: string;
  publishedAt: string;
  updatedAt: string;
  previewHref: string | null;
  problems: ContentProblem[];
}

export interface NewsroomView {
  drafts: NewsroomStory[];
  scheduled: NewsroomStory[];
  published: NewsroomStory[];
  /** Problems in files that are not live at all (broken files, registries). */
  otherProblems: ContentProblem[];
  now: number;
}

const PREVIEW_HOURS = 24;
const LATEST_PUBLISHED = 20;

/**
 * The newsroom's lists, from the content the server is serving, with the problems the folder has now
 * (a fresh check, so an editor also sees the problems of an edit that was refused).
 */
export function getNewsroomView(now: number = Date.now()): NewsroomView {
  const live = getContentSnapshot();
  const problems = checkContentFolder();
  const secret = readSecret('PREVIEW_SECRET');
  const used = new Set<ContentProblem>();
  const story = (meta: ArticleMeta): NewsroomStory => {
    const own = problems.filter((p) => path.basename(p.file) === path.basename(meta.sourcePath));
    own.forEach((p) => used.add(p));
    return {
      slug: meta.slug,
      title: meta.title,
      sectionSlug: meta.sectionSlug,
      publishedAt: meta.publishedAt,
      updatedAt: meta.updatedAt,
      previewHref: secret ? previewPath(meta.slug, PREVIEW_HOURS, secret, now) : null,
      problems: own,
    };
  };
  const byDate = (direction: 1 | -1) => (a: ArticleMeta, b: ArticleMeta) =>
    direction * (Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  const drafts = live.articles
    .filter((a) => a.status === 'draft')
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
    .map(story);
  const scheduled = live.articles
    .filter((a) => a.status === 'published' && !isPublic(a, now))
    .sort(byDate(1))
    .map(story);
  const published = live.articles
    .filter((a) => isPublic(a, now))
    .sort(byDate(-1))
    .slice(0, LATEST_PUBLISHED)
    .map(story);
  return { drafts, scheduled, published, otherProblems: problems.filter((p) => !used.has(p)), now };
}
