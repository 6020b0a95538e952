/**
 * A scratch content folder for the uncached-article benchmark: a copy of data/ plus "archive" stories, copies of
 * the published sample stories under new slugs and dated before the oldest one, so none of them is among the
 * newest 300 that the build prerenders: each renders on its first request, like a reader opening an old story.
 */
import fs from 'node:fs';
import path from 'node:path';

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

function field(frontMatter: string, name: string): string | undefined {
  return new RegExp(`^${name}: *(.+)$`, 'm')
    .exec(frontMatter)?.[1]
    ?.trim()
    .replace(/^["']|["']$/g, '');
}

/** Writes `count` archive stories (slugs `<sample slug>-<runId>-<n>`) after copying data/ to `target`; returns their slugs. */
export function writeArchiveContent(target: string, count: number, runId: string): string[] {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(process.cwd(), 'data'), target, { recursive: true });
  const articlesDir = path.join(target, 'articles');
  const now = Date.now();
  const samples = fs
    .readdirSync(articlesDir)
    .map((file) => fs.readFileSync(path.join(articlesDir, file), 'utf8'))
    .filter((text) => {
      const frontMatter = FRONT_MATTER.exec(text)?.[1] ?? '';
      // A live story's updates live in a folder of its own (decision 017): copies are of ordinary stories only.
      if (/^live:/m.test(frontMatter)) return false;
      return field(frontMatter, 'status') === 'published' && Date.parse(field(frontMatter, 'publishedAt') ?? '') <= now;
    });
  const oldest = Math.min(...samples.map((text) => Date.parse(field(FRONT_MATTER.exec(text)![1]!, 'publishedAt')!)));
  const slugs: string[] = [];
  for (let n = 0; n < count; n++) {
    const text = samples[n % samples.length]!;
    const frontMatter = FRONT_MATTER.exec(text)![1]!;
    const slug = `${field(frontMatter, 'slug')!.slice(0, 100)}-${runId}-${n}`;
    const publishedAt = new Date(oldest - (n + 1) * 3_600_000).toISOString();
    const archived = frontMatter
      .split('\n')
      // Former slugs and lead-slot priority belong to the original story only; the copy is never updated.
      .filter((line) => !/^(updatedAt|priority|redirectFrom):/.test(line))
      .map((line) =>
        line.startsWith('slug:')
          ? `slug: ${slug}`
          : line.startsWith('publishedAt:')
            ? `publishedAt: ${publishedAt}`
            : line,
      )
      .join('\n');
    fs.writeFileSync(
      path.join(articlesDir, `${slug}.md`),
      text.replace(FRONT_MATTER, () => `---\n${archived}\n---\n`),
    );
    slugs.push(slug);
  }
  return slugs;
}
