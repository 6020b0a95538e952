import { contentDir } from '@/lib/content/content-dir';
import { recordAudit, type DeskActor } from '@/lib/editors/accounts/desk';
import { refreshContent } from '../refresh-content';
import { restoreStory } from './save-story';
import { readStoryFile, storyPath } from './story-files';
import { contentRepository, diffBetween, fileAt, isCommit, revisionsOf, type Revision } from './story-git';
import type { FormAnswer } from './submit-story-form';
import { editPath } from './submit-story-form';

export interface StoryHistory {
  /** False when the content folder is in no git repository: no history is kept. */
  inRepository: boolean;
  revisions: Revision[];
  /** The diff between the two chosen revisions (older first), when two were chosen. */
  diff: { from: string; to: string; text: string } | null;
  version: string | null;
}

/** A story's revisions, newest first, and the diff between two of them. */
export async function storyHistory(slug: string, from: string | null, to: string | null): Promise<StoryHistory> {
  const dir = contentDir();
  const top = await contentRepository(dir);
  const version = readStoryFile(dir, slug)?.version ?? null;
  if (!top) return { inRepository: false, revisions: [], diff: null, version };
  const file = storyPath(dir, slug);
  const revisions = await revisionsOf(top, file);
  const known = (commit: string | null) => commit !== null && revisions.some((r) => r.commit === commit);
  const diff =
    known(from) && known(to) ? { from: from!, to: to!, text: await diffBetween(top, from!, to!, file) } : null;
  return { inRepository: true, revisions, diff, version };
}

/** The restore form's post: the revision's text written back as a new revision, then the site refreshed. */
export async function restoreRevisionForm(form: URLSearchParams, actor: DeskActor): Promise<FormAnswer> {
  const slug = form.get('slug') ?? '';
  const revision = form.get('revision') ?? '';
  const dir = contentDir();
  const top = await contentRepository(dir);
  if (!top) return { status: 409, title: 'No history', message: 'The content folder is not in a git repository.' };
  if (!isCommit(revision))
    return { status: 400, title: 'Unknown revision', message: 'Choose a revision from the list.' };
  let file: string;
  try {
    file = storyPath(dir, slug);
  } catch {
    return { status: 400, title: 'Unknown story', message: 'The form names no story.' };
  }
  const revisions = await revisionsOf(top, file);
  if (!revisions.some((r) => r.commit === revision))
    return { status: 404, title: 'Unknown revision', message: 'That revision is not in this story’s history.' };
  const outcome = await restoreStory({
    dir,
    actor,
    slug,
    source: await fileAt(top, revision, file),
    revision,
    version: form.get('version') ?? '',
  });
  switch (outcome.kind) {
    case 'forbidden':
      return { status: 403, title: 'Not allowed', message: outcome.message };
    case 'conflict':
      return {
        status: 409,
        title: 'Changed meanwhile',
        message: 'The story was saved since you opened its history: reload and try again.',
      };
    case 'invalid':
      return {
        status: 422,
        title: 'That revision does not pass today’s content check',
        message: Object.entries(outcome.errors)
          .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
          .join(' · '),
      };
    case 'saved':
      recordAudit(actor, 'story restored', slug);
      await refreshContent({ slugs: [slug] });
      return { location: editPath(slug, '?done=restore') };
  }
}
