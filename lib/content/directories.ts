import { articleIndex, positionsOf } from './article-index';
import type { PublicView } from './public-view';
import type { ArticleMeta, Tag } from './types';

/**
 * The site's two indexes, /section (every section) and /tag (topics A–Z): the address crawlers derive from the feeds'
 * category schemes and from breadcrumbs, so each answers with a page of its own rather than a 404.
 */
export const DIRECTORY_PAGES = {
  sections: {
    path: '/section',
    title: 'Sections',
    description: 'Every desk of the Meridian newsroom, what it covers and its newest story.',
  },
  topics: {
    path: '/tag',
    title: 'Topics A–Z',
    description: 'Every topic Meridian reports on, from A to Z, with the number of stories on each.',
  },
} as const;

export type DirectoryPage = (typeof DIRECTORY_PAGES)[keyof typeof DIRECTORY_PAGES];

export interface SectionDirectoryEntry {
  slug: string;
  name: string;
  description: string;
  storyCount: number;
  /** The section's newest public story, null while it has none. */
  latest: { slug: string; title: string } | null;
}

/** Every section, in the site's order (the navigation's): a section without stories still has its page. */
export function sectionDirectory(view: Pick<PublicView, 'articles' | 'sections'>): SectionDirectoryEntry[] {
  const { bySection } = articleIndex(view.articles);
  return [...view.sections.values()].map(({ slug, name, description }) => {
    const positions = positionsOf(bySection, slug);
    const newest = positions.length > 0 ? view.articles[positions[0]!] : undefined;
    return {
      slug,
      name,
      description,
      storyCount: positions.length,
      latest: newest ? { slug: newest.slug, title: newest.title } : null,
    };
  });
}

export interface TopicDirectoryEntry {
  slug: string;
  name: string;
  storyCount: number;
}

/** Topics under one initial: a letter A–Z, or '#' for names that begin with anything else (a digit, a symbol). */
export interface TopicLetterGroup {
  letter: string;
  topics: TopicDirectoryEntry[];
}

export const OTHER_INITIAL = '#';
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Topics with public stories (an empty topic's page is a 404), A–Z by name and grouped by initial, '#' last. */
export function topicDirectory(tags: readonly Tag[], articles: readonly ArticleMeta[]): TopicLetterGroup[] {
  const { byTag } = articleIndex(articles);
  const groups = new Map<string, TopicDirectoryEntry[]>();
  const topics = tags
    .map(({ slug, name }) => ({ slug, name, storyCount: positionsOf(byTag, slug).length }))
    .filter((topic) => topic.storyCount > 0)
    .sort((a, b) => byName.compare(a.name, b.name));
  for (const topic of topics) {
    const letter = initialOf(topic.name);
    const group = groups.get(letter);
    if (group) group.push(topic);
    else groups.set(letter, [topic]);
  }
  return [...groups]
    .map(([letter, list]) => ({ letter, topics: list }))
    .sort(
      (a, b) =>
        Number(a.letter === OTHER_INITIAL) - Number(b.letter === OTHER_INITIAL) || (a.letter < b.letter ? -1 : 1),
    );
}

// "Économie" files under E: the accent is dropped (NFD splits it off the letter) before the letter is read.
function initialOf(name: string): string {
  const first = name.normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : OTHER_INITIAL;
}
