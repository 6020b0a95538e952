import { describe, expect, it } from 'vitest';
import { countWords, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders Markdown with GFM', () => {
    const html = renderMarkdown('Hello **world**\n\n## Sub\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done');
    expect(html).toContain('<strong>world</strong>');
    expect(html).toContain('<h2>Sub</h2>');
    expect(html).toContain('<table>');
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror="alert(1)">', /onerror|<img/i],
    ['[click](javascript:alert(1))', /javascript:/i],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['<svg onload=alert(1)>', /onload|<svg/i],
    ['![x](data:text/html;base64,PHNjcmlwdD4=)', /data:text/i],
    ['<div style="background:url(javascript:alert(1))">x</div>', /style=|javascript:/i],
  ])('drops executable markup: %s', (input, forbidden) => {
    expect(renderMarkdown(input)).not.toMatch(forbidden);
  });

  it('prefixes ids so Markdown cannot clobber page globals', () => {
    expect(renderMarkdown('Text[^1]\n\n[^1]: note')).toMatch(/id="md-/);
  });
});

describe('countWords', () => {
  it('counts words, not Markdown punctuation', () => {
    expect(countWords('## Heading here\n\nOne two, three. **Four** [five](/x) 4.5%')).toBe(8);
  });
});
