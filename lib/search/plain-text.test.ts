import { describe, expect, it } from 'vitest';
import { markdownToText } from './plain-text';

describe('markdownToText', () => {
  it('keeps words and link text, drops markup and link targets', () => {
    expect(
      markdownToText('## Heading\n\n> A **bold** [link](https://x.test/y) and <script>z</script> `code`.\n\n- item'),
    ).toBe('Heading A bold link and z code . item');
  });
});
