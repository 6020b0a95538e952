import { describe, expect, it } from 'vitest';
import { NO_FRONT_PAGE_PICKS } from './front-page';
import { SECTION_BLOCK_SIZE, selectFront, TOP_STORY_COUNT, type FrontSelection } from './front-selection';

interface Story {
  slug: string;
  sectionSlug: string;
  priority: number | null;
}

const SECTIONS = ['business', 'markets', 'world'];

/** `count` stories, newest first, dealt round the sections: s0 business, s1 markets, s2 world, s3 business... */
function stories(count: number): Story[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: `s${i}`,
    sectionSlug: SECTIONS[i % SECTIONS.length]!,
    priority: null,
  }));
}

function everySlug(front: FrontSelection<Story>): string[] {
  return [
    ...(front.lead ? [front.lead.slug] : []),
    ...front.top.map((s) => s.slug),
    ...front.sections.flatMap((block) => block.stories.map((s) => s.slug)),
    ...front.river.map((s) => s.slug),
  ];
}

describe('selectFront', () => {
  it('places every story exactly once', () => {
    const all = stories(40);
    const slugs = everySlug(selectFront(all, { lead: 's7', top: ['s3', 's7', 's9'] }, SECTIONS));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort()).toEqual(all.map((s) => s.slug).sort());
  });

  it('without picks leads with the newest and tops up the second tier with the next newest', () => {
    const front = selectFront(stories(40), NO_FRONT_PAGE_PICKS, SECTIONS);
    expect(front.lead?.slug).toBe('s0');
    expect(front.top.map((s) => s.slug)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('honours the desk: its lead, its top stories in its order, then the newest', () => {
    const front = selectFront(stories(40), { lead: 's12', top: ['s20', 's5'] }, SECTIONS);
    expect(front.lead?.slug).toBe('s12');
    expect(front.top.map((s) => s.slug)).toEqual(['s20', 's5', 's0', 's1']);
  });

  it('skips picks that are not public and a top pick that is also the lead', () => {
    const front = selectFront(stories(40), { lead: 'draft-story', top: ['s0', 'gone', 's6'] }, SECTIONS);
    expect(front.lead?.slug).toBe('s0');
    expect(front.top.map((s) => s.slug)).toEqual(['s6', 's1', 's2', 's3']);
  });

  it("falls back to the desk's priority among the newest when there is no lead pick", () => {
    const all = stories(40).map((s) => (s.slug === 's4' ? { ...s, priority: 1 } : s));
    expect(selectFront(all, NO_FRONT_PAGE_PICKS, SECTIONS).lead?.slug).toBe('s4');
  });

  it('gives each section block its newest stories not placed above, in the sections order', () => {
    const front = selectFront(stories(40), NO_FRONT_PAGE_PICKS, SECTIONS);
    expect(front.sections.map((b) => b.sectionSlug)).toEqual(SECTIONS);
    // s0 (lead) and s1-s4 (top) are taken: business continues at s6, markets at s7, world at s5.
    expect(front.sections.map((b) => b.stories.map((s) => s.slug))).toEqual([
      ['s6', 's9', 's12'],
      ['s7', 's10', 's13'],
      ['s5', 's8', 's11'],
    ]);
    expect(front.sections.every((b) => b.stories.length === SECTION_BLOCK_SIZE)).toBe(true);
    expect(front.river[0]?.slug).toBe('s14');
  });

  it('leaves out a section without stories and copes with too few stories for every tier', () => {
    const front = selectFront(stories(3), NO_FRONT_PAGE_PICKS, [...SECTIONS, 'empty']);
    expect(front.lead?.slug).toBe('s0');
    expect(front.top.map((s) => s.slug)).toEqual(['s1', 's2']);
    expect(front.top.length).toBeLessThan(TOP_STORY_COUNT);
    expect(front.sections).toEqual([]);
    expect(front.river).toEqual([]);
  });

  it('has no lead and nothing else when nothing is published', () => {
    expect(selectFront([], { lead: 's1', top: [] }, SECTIONS)).toEqual({
      lead: null,
      top: [],
      sections: [],
      river: [],
    });
  });
});
