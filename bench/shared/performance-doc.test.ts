import { describe, expect, it } from 'vitest';
import { markdownTable, renderSection, replaceSection } from './performance-doc';

describe('replaceSection', () => {
  const doc =
    '# Performance\n\nIntro.\n\n<!-- bench:a begin -->\nold a\n<!-- bench:a end -->\n\n<!-- bench:b begin -->\nold b\n<!-- bench:b end -->\n';

  it('replaces only its own section, the rest of the file untouched', () => {
    const next = replaceSection(doc, 'a', '<!-- bench:a begin -->\nnew a\n<!-- bench:a end -->');
    expect(next).toBe(doc.replace('old a', 'new a'));
  });

  it('appends a section the file does not have yet', () => {
    const next = replaceSection(doc, 'c', '<!-- bench:c begin -->\nc\n<!-- bench:c end -->');
    expect(next.startsWith(doc.trimEnd())).toBe(true);
    expect(next.endsWith('\n\n<!-- bench:c begin -->\nc\n<!-- bench:c end -->\n')).toBe(true);
  });
});

describe('renderSection', () => {
  it('states the command, the time, the commit and the load next to the figures, inside its markers', () => {
    const text = renderSection(
      { id: 'x', title: 'X', script: 'bench:x', body: 'figures', loadAverageAtStart: 1.5 },
      new Date('2026-12-04T16:00:00Z'),
    );
    expect(text).toMatch(
      /^<!-- bench:x begin -->\n## X\n\n`npm run bench:x[^`]*` at 2026-12-04 16:00 UTC, commit \S+.*load average 1\.50 at the start/,
    );
    expect(text.endsWith('figures\n<!-- bench:x end -->')).toBe(true);
  });
});

describe('markdownTable', () => {
  it('right-aligns every column but the first', () => {
    expect(markdownTable(['page', 'ms'], [['home', '12']])).toBe('| page | ms |\n| --- | ---: |\n| home | 12 |');
  });
});
