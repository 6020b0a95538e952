import path from 'node:path';
import { contentDir } from '@/lib/content/content-dir';
import { getContentSnapshot } from '@/lib/content/content-store';
import { FRONT_PAGE_FILE, frontPagePicksSchema, type FrontPagePicks } from '@/lib/content/front-page';
import { publicArticles } from '@/lib/content/public-articles';
import { can } from '../accounts/permissions';
import { recordAudit, type DeskActor } from '@/lib/editors/accounts/desk';
import { refreshContent } from '../refresh-content';
import { writeFileAtomic } from './story-files';
import { commitFiles, contentRepository } from './story-git';
import type { FormAnswer } from './submit-story-form';

export const TOP_SLOTS = 4;
const CHOICES = 60;

export interface FrontPageDesk {
  picks: FrontPagePicks;
  /** Public stories to choose from, newest first (and any current pick beyond them). */
  choices: { slug: string; title: string }[];
}

export function frontPageDesk(now: number = Date.now()): FrontPageDesk {
  const snapshot = getContentSnapshot();
  const live = publicArticles(snapshot, now).articles;
  const choices = live.slice(0, CHOICES).map((a) => ({ slug: a.slug, title: a.title }));
  for (const slug of [snapshot.frontPage.lead, ...snapshot.frontPage.top]) {
    const article = slug ? live.find((a) => a.slug === slug) : undefined;
    if (article && !choices.some((c) => c.slug === slug)) choices.push({ slug: article.slug, title: article.title });
  }
  return { picks: snapshot.frontPage, choices };
}

/** The front-page form's post: the lead and top stories written to data/front-page.json, committed, refreshed. */
export async function saveFrontPageForm(form: URLSearchParams, actor: DeskActor): Promise<FormAnswer> {
  if (!can(actor.role, 'front-page'))
    return { status: 403, title: 'Not allowed', message: 'Your role may not choose the front page.' };
  const top = form.getAll('top').filter(Boolean);
  const parsed = frontPagePicksSchema.safeParse({ lead: form.get('lead') || null, top });
  if (!parsed.success)
    return { status: 400, title: 'Not a front page', message: parsed.error.issues.map((i) => i.message).join('; ') };
  const picks = parsed.data;
  const snapshot = getContentSnapshot();
  const live = new Set(publicArticles(snapshot, Date.now()).articles.map((a) => a.slug));
  const chosen = [picks.lead, ...picks.top].filter((slug): slug is string => slug !== null);
  const unknown = chosen.filter((slug) => !live.has(slug));
  if (unknown.length > 0)
    return {
      status: 400,
      title: 'Not a public story',
      message: `Choose published stories only: ${unknown.join(', ')}.`,
    };
  if (new Set(chosen).size !== chosen.length)
    return { status: 400, title: 'Chosen twice', message: 'Each story may appear once on the front page.' };
  const dir = contentDir();
  const file = path.join(dir, FRONT_PAGE_FILE);
  writeFileAtomic(file, `${JSON.stringify(picks, null, 2)}\n`);
  const repository = await contentRepository(dir);
  if (repository) await commitFiles(repository, [file], actor, 'Front page: choose the lead and top stories');
  recordAudit(actor, 'front page chosen', chosen.join(', ') || 'newest stories');
  // The homepage is the only page that shows the picks, and it carries just the `content` tag.
  await refreshContent({ all: true });
  return { location: '/newsroom/front-page?done=1' };
}
