import { describe, expect, it } from 'vitest';
import { TOOLBAR_ACTIONS } from './markdown-toolbar';

describe('markdown toolbar', () => {
  it('wraps the selection in Markdown', () => {
    expect(TOOLBAR_ACTIONS.bold.apply('rates')).toBe('**rates**');
    expect(TOOLBAR_ACTIONS.list.apply('one\ntwo')).toBe('\n- one\n- two\n');
    expect(TOOLBAR_ACTIONS.link.apply('')).toBe('[link text](https://)');
    expect(TOOLBAR_ACTIONS.heading.apply('Outlook')).toBe('\n## Outlook\n');
  });
});
