import type { StoryEditorView } from '@/lib/editors/stories/editor-view';
import type { StoryIntent } from '@/lib/editors/stories/save-story';
import type { StoryFields } from '@/lib/editors/stories/story-fields';
import type { Role } from '@/lib/editors/accounts/permissions';
import { DeskNav } from './desk-nav';
import { StoryForm } from './story-form';

const DONE: Record<string, string> = {
  draft: 'Draft saved.',
  submit: 'Submitted for review.',
  schedule: 'Scheduled.',
  publish: 'Published.',
  update: 'Updated.',
  unpublish: 'Unpublished: the address now answers 410 Gone.',
  restore: 'Revision restored (as a new revision).',
  upload: 'Picture uploaded, every size made. Save the story to use it.',
};

export interface EditorNotices {
  done: string | null;
  noGit: boolean;
  refreshProblem: string | null;
}

/** The story desk's editing page: notices, a conflict shown side by side, the form and the live preview. */
export function StoryEditorPage({
  view,
  actions,
  notices,
  previewSrc,
  role,
}: {
  view: StoryEditorView;
  role: Role;
  actions: StoryIntent[];
  notices: EditorNotices;
  previewSrc: string;
}) {
  const slug = view.originalSlug;
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <DeskNav current={slug ? 'stories' : 'new'} role={role} />
      <h1 className="font-serif text-3xl font-bold">{slug ? 'Edit story' : 'New story'}</h1>
      {slug ? (
        <p className="mt-1 text-sm">
          <a href={`/newsroom/stories/${slug}/history`} className="underline">
            History of this story
          </a>
        </p>
      ) : null}
      <div role="status" className="mt-3 space-y-1" data-testid="desk-notice">
        {notices.done && DONE[notices.done] ? <p className="font-semibold">{DONE[notices.done]}</p> : null}
        {notices.noGit ? (
          <p>The content folder is not in a git repository: saved, but no revision history is kept.</p>
        ) : null}
        {notices.refreshProblem ? (
          <p className="font-semibold text-accent">
            Saved, but the site could not refresh ({notices.refreshProblem}): try “Take the folder up” on the stories
            page.
          </p>
        ) : null}
        {view.restoredFromDraft && !view.theirs && Object.keys(view.errors).length === 0 ? (
          <p>Showing your unsaved draft.</p>
        ) : null}
      </div>
      {view.theirs ? <ConflictPanel theirs={view.theirs} mine={view.fields} /> : null}
      <div className="mt-6 grid gap-8 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <StoryForm view={view} actions={actions} />
        <section aria-labelledby="preview-heading" className="min-w-0">
          <h2 id="preview-heading" className="text-lg font-bold">
            Preview
          </h2>
          <p className="text-sm text-muted">Updates shortly after you stop typing (needs JavaScript).</p>
          <div className="mt-2 flex flex-wrap items-start gap-4">
            <iframe
              data-story-preview
              title="Preview at phone width"
              src={previewSrc}
              className="h-[640px] w-[375px] rounded-sm border border-rule bg-white"
            />
            <iframe
              data-story-preview
              title="Preview at desktop width"
              src={previewSrc}
              className="h-[640px] w-full min-w-[320px] flex-1 rounded-sm border border-rule bg-white"
            />
          </div>
        </section>
      </div>
    </div>
  );
}

const COMPARED: (keyof StoryFields)[] = ['title', 'slug', 'dek', 'section', 'tags', 'authors', 'publishedAt', 'body'];

function ConflictPanel({ theirs, mine }: { theirs: { fields: StoryFields; removed: boolean }; mine: StoryFields }) {
  const differing = COMPARED.filter((name) => String(theirs.fields[name]) !== String(mine[name]));
  return (
    <section
      role="alert"
      aria-labelledby="conflict-heading"
      className="mt-4 border-l-4 border-accent pl-3"
      data-testid="conflict"
    >
      <h2 id="conflict-heading" className="text-lg font-bold">
        Not saved: someone else saved this story since you opened it
      </h2>
      <p>
        {theirs.removed
          ? 'Their change removed the story file.'
          : 'Both versions are below. Nothing is lost: the form keeps yours; saving again replaces theirs.'}
      </p>
      <table className="mt-2 w-full table-fixed text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="w-28">
              Field
            </th>
            <th scope="col">Their version (saved)</th>
            <th scope="col">Your version (in the form)</th>
          </tr>
        </thead>
        <tbody>
          {differing.map((name) => (
            <tr key={name} className="align-top">
              <th scope="row">{name}</th>
              <td className="pr-2 break-words whitespace-pre-wrap" data-testid={`theirs-${name}`}>
                {String(theirs.fields[name]).slice(0, 2000)}
              </td>
              <td className="break-words whitespace-pre-wrap" data-testid={`mine-${name}`}>
                {String(mine[name]).slice(0, 2000)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
