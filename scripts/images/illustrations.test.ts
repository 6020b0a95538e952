import { describe, expect, it } from 'vitest';
import { heroIllustrationSvg } from './illustrations';
import { motifFamily } from './motifs';

/** The drawing's element names in order: its structure, whatever the colours and coordinates. */
const shapeOf = (svg: string) => [...svg.matchAll(/<([a-z]+)/g)].map((m) => m[1]).join(' ');

describe('hero illustrations', () => {
  it('draw each section with its own motif family, energy stories with turbines', () => {
    expect(motifFamily('markets', ['bonds'])).toBe('markets');
    expect(motifFamily('autos-ev', ['batteries'])).toBe('autos');
    expect(motifFamily('policy', ['energy', 'tax'])).toBe('energy');
    expect(motifFamily('unknown', [])).toBe('business');
  });

  it('differ by section for the same slug, and by slug within a section, yet repeat exactly for one story', () => {
    const sections = ['markets', 'technology', 'autos-ev', 'policy', 'world', 'business'];
    const shapes = new Set(sections.map((section) => shapeOf(heroIllustrationSvg('one-story', section, []))));
    expect(shapes.size).toBe(sections.length);
    const stories = ['a', 'b', 'c', 'd'].map((slug) => heroIllustrationSvg(`story-${slug}`, 'markets', []));
    expect(new Set(stories).size).toBe(4);
    expect(heroIllustrationSvg('story-a', 'markets', [])).toBe(stories[0]);
  });
});
