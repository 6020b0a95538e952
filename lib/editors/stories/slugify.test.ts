import { describe, expect, it } from 'vitest';
import { slugSchema } from '@/lib/content/schema';
import { slugify } from './slugify';

describe('slugify', () => {
  it('makes a valid slug of any headline', () => {
    expect(slugify('Port strike ends, après 9 days!')).toBe('port-strike-ends-apres-9-days');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    const long = slugify('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(slugSchema.safeParse(long).success).toBe(true);
  });
});
