import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** Lints one made-up file at the given place in the tree, returning the import rule's messages. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message);
}

describe('lint enforces the layers', () => {
  it('refuses lib/ importing a component or a route', async () => {
    expect(
      await layerErrors(
        'lib/content/probe.ts',
        "import { StoryTeaser } from '@/components/teaser/story-teaser';\nexport const probe = StoryTeaser;\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors(
        'lib/content/probe.ts',
        "import { GET } from '@/app/api/health/route';\nexport const probe = GET;\n",
      ),
    ).toHaveLength(1);
  });

  it('refuses components/ importing a route, and product code importing tests or their support', async () => {
    expect(
      await layerErrors(
        'components/teaser/probe.ts',
        "import { GET } from '@/app/api/health/route';\nexport const probe = GET;\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors(
        'app/probe.ts',
        "import { rawRequest } from '@/e2e/raw-http';\nexport const probe = rawRequest;\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors(
        'lib/probe.ts',
        "import { PAGE_TYPES } from '@/test-support/page-types';\nexport const probe = PAGE_TYPES;\n",
      ),
    ).toHaveLength(1);
  });

  it('lets each layer import the one below', async () => {
    expect(
      await layerErrors(
        'components/teaser/probe.ts',
        "import { CACHE_TAGS } from '@/lib/cache-tags';\nexport const probe = CACHE_TAGS;\n",
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        'app/probe.ts',
        "import { StoryTeaser } from '@/components/teaser/story-teaser';\nexport const probe = StoryTeaser;\n",
      ),
    ).toEqual([]);
  });
});
