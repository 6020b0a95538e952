import type { FrontPagePicks } from './front-page';
import { pickLead } from './lead-story';

export const TOP_STORY_COUNT = 4;
export const SECTION_BLOCK_SIZE = 3;

interface Selectable {
  slug: string;
  sectionSlug: string;
  priority: number | null;
}

/** The homepage's tiers; every story sits in exactly one of them. */
export interface FrontSelection<T> {
  lead: T | null;
  top: T[];
  sections: { sectionSlug: string; stories: T[] }[];
  /** Everything not placed above, newest first: the river that /page/N continues. */
  river: T[];
}

/**
 * Places each public story once: the desk's lead (else the automatic lead), the desk's top stories topped up with
 * the newest, each section's newest remaining stories in the sections' order, and the rest in the river.
 * Picks that are not public (drafts, scheduled, unknown) are skipped.
 */
export function selectFront<T extends Selectable>(
  newestFirst: readonly T[],
  picks: FrontPagePicks,
  sectionOrder: readonly string[],
): FrontSelection<T> {
  const bySlug = new Map(newestFirst.map((story) => [story.slug, story]));
  const placed = new Set<string>();
  const place = (story: T) => {
    placed.add(story.slug);
    return story;
  };
  const pickedLead = picks.lead === null ? undefined : bySlug.get(picks.lead);
  const lead = pickedLead ?? pickLead(newestFirst);
  if (lead) place(lead);

  const top: T[] = [];
  const candidates = [...picks.top.flatMap((slug) => bySlug.get(slug) ?? []), ...newestFirst];
  for (const story of candidates) {
    if (top.length === TOP_STORY_COUNT) break;
    if (!placed.has(story.slug)) top.push(place(story));
  }

  const sections = sectionOrder.flatMap((sectionSlug) => {
    const stories = newestFirst
      .filter((story) => story.sectionSlug === sectionSlug && !placed.has(story.slug))
      .slice(0, SECTION_BLOCK_SIZE)
      .map(place);
    return stories.length > 0 ? [{ sectionSlug, stories }] : [];
  });

  return { lead: lead ?? null, top, sections, river: newestFirst.filter((story) => !placed.has(story.slug)) };
}
