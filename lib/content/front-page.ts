import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { slugSchema } from './schema';
import type { ContentProblem } from './types';

/**
 * The desk's choice for the homepage (`data/front-page.json`): a lead and up to four top stories, by slug.
 * Optional: without the file, or for a pick that is not public yet, the front falls back to its automatic order.
 */
export const frontPagePicksSchema = z
  .object({
    lead: slugSchema.nullable(),
    top: z.array(slugSchema).max(4, 'holds at most 4 stories'),
  })
  .strict();

export type FrontPagePicks = z.infer<typeof frontPagePicksSchema>;

export const FRONT_PAGE_FILE = 'front-page.json';
export const NO_FRONT_PAGE_PICKS: FrontPagePicks = { lead: null, top: [] };

export function readFrontPagePicks(dir: string, knownSlugs: Set<string>, problems: ContentProblem[]): FrontPagePicks {
  const file = path.join(dir, FRONT_PAGE_FILE);
  if (!fs.existsSync(file)) return NO_FRONT_PAGE_PICKS;
  const report = (field: string, message: string) =>
    problems.push({ file: path.relative(process.cwd(), file), line: null, field, message });
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    report('(file)', `cannot be read as JSON: ${(error as Error).message}`);
    return NO_FRONT_PAGE_PICKS;
  }
  const parsed = frontPagePicksSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path.join('.') || '(file)', issue.message);
    return NO_FRONT_PAGE_PICKS;
  }
  const picks = parsed.data;
  [picks.lead, ...picks.top].forEach((slug, index) => {
    if (slug !== null && !knownSlugs.has(slug))
      report(index === 0 ? 'lead' : `top.${index - 1}`, `unknown article "${slug}"`);
  });
  return picks;
}
