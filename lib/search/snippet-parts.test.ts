import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START, snippetParts } from './snippet-parts';

describe('snippetParts', () => {
  it('splits hits from plain text and leaves markup as text for React to escape', () => {
    expect(snippetParts(`<b>a</b> ${MARK_START}rates${MARK_END} rise`)).toEqual([
      { text: '<b>a</b> ', mark: false },
      { text: 'rates', mark: true },
      { text: ' rise', mark: false },
    ]);
  });

  it('drops stray sentinels', () => {
    expect(snippetParts(`x${MARK_START}y`)).toEqual([{ text: 'xy', mark: false }]);
  });
});
