import fs from 'node:fs';
import matter from 'gray-matter';
import { getContentSnapshot } from '@/lib/content/content-store';
import type { Author, LiveStatus } from '@/lib/content/types';

export interface LiveDeskUpdate {
  id: string;
  headline: string;
  authorSlug: string;
  publishedAt: string;
  keyEvent: boolean;
  /** The Markdown as written, for the edit form. */
  body: string;
}

/** A live story as the desk shows it: every update with its Markdown, newest first. */
export interface LiveDeskView {
  slug: string;
  title: string;
  status: LiveStatus;
  pinned: string | null;
  updates: LiveDeskUpdate[];
  authors: Pick<Author, 'slug' | 'name'>[];
  /** The byline a new update starts with: the story's first author. */
  defaultAuthor: string;
}

/** Every live story, drafts included, ongoing first. */
export function liveDeskStories(): { slug: string; title: string; status: LiveStatus; updates: number }[] {
  return getContentSnapshot()
    .articles.filter((a) => a.live)
    .map((a) => ({ slug: a.slug, title: a.title, status: a.live!.status, updates: a.live!.updates.length }))
    .sort((a, b) => Number(b.status === 'live') - Number(a.status === 'live'));
}

export function liveDeskView(slug: string): LiveDeskView | null {
  const snapshot = getContentSnapshot();
  const story = snapshot.articles.find((a) => a.slug === slug);
  if (!story?.live) return null;
  return {
    slug,
    title: story.title,
    status: story.live.status,
    pinned: story.live.pinned,
    updates: story.live.updates
      .filter((u) => fs.existsSync(u.sourcePath))
      .map((u) => ({
        id: u.id,
        headline: u.headline,
        authorSlug: u.authorSlug,
        publishedAt: u.publishedAt,
        keyEvent: u.keyEvent,
        body: matter(fs.readFileSync(u.sourcePath, 'utf8'), {}).content,
      })),
    authors: snapshot.authors.map((a) => ({ slug: a.slug, name: a.name })),
    defaultAuthor: story.authorSlugs[0] ?? snapshot.authors[0]?.slug ?? '',
  };
}
