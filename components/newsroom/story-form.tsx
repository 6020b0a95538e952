import type { ReactNode } from 'react';
import type { StoryEditorView } from '@/lib/editors/stories/editor-view';
import type { StoryIntent } from '@/lib/editors/stories/save-story';
import type { StoryFields } from '@/lib/editors/stories/story-fields';
import { HERO_FILE_FIELD, uploadAction } from '@/lib/editors/stories/upload-story-image';
import { STORY_WIDE } from '@/lib/editors/stories/validate-story';
import { StoryEditorIsland } from './story-editor-island';

export const STORY_FORM_ID = 'story-form';

const INPUT = 'mt-1 w-full rounded-sm border border-muted bg-transparent px-3 py-2';
const ACTION_LABELS: Record<StoryIntent, string> = {
  draft: 'Save draft',
  submit: 'Submit for review',
  schedule: 'Schedule',
  publish: 'Publish now',
  update: 'Update',
  unpublish: 'Unpublish',
};

type FieldName = keyof StoryFields;

const idOf = (name: string) => `field-${name.replace('.', '-')}`;
const errorIdOf = (name: string) => `error-${name.replace('.', '-')}`;

/**
 * The story form: every front matter field as a control, errors beside their field (aria-describedby), one button
 * per allowed action. A plain POST form; the island adds the toolbar, autosave, the slug from the headline and the
 * editor's own time zone.
 */
export function StoryForm({ view, actions }: { view: StoryEditorView; actions: StoryIntent[] }) {
  const { fields, errors } = view;
  const describedBy = (name: string, hint?: string) =>
    [hint, errors[name] ? errorIdOf(name) : null].filter(Boolean).join(' ') || undefined;
  const control = (name: FieldName) => ({
    id: idOf(name),
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(name),
  });
  const errorText = (name: string) =>
    errors[name] ? (
      <p id={errorIdOf(name)} className="mt-1 text-sm font-semibold text-accent">
        {errors[name].join('; ')}
      </p>
    ) : null;
  const text = (name: FieldName, label: string, extra: { readOnly?: boolean; hint?: string } = {}) => (
    <div>
      <label htmlFor={idOf(name)} className="block text-sm font-semibold">
        {label}
      </label>
      {extra.hint ? (
        <p id={`${idOf(name)}-hint`} className="text-sm text-muted">
          {extra.hint}
        </p>
      ) : null}
      <input
        type="text"
        {...control(name)}
        aria-describedby={describedBy(name, extra.hint ? `${idOf(name)}-hint` : undefined)}
        defaultValue={fields[name] as string}
        readOnly={extra.readOnly}
        className={INPUT}
      />
      {errorText(name)}
    </div>
  );
  const choices = (name: 'tags' | 'authors', legend: string, options: { slug: string; name: string }[]) => (
    <fieldset aria-describedby={describedBy(name)} className="rounded-sm border border-rule p-3">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
        {options.map((option) => (
          <label key={option.slug} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.slug}
              defaultChecked={fields[name].includes(option.slug)}
            />
            {option.name}
          </label>
        ))}
      </div>
      {errorText(name)}
    </fieldset>
  );
  const errorCount = Object.values(errors).reduce((sum, list) => sum + list.length, 0);

  return (
    <form id={STORY_FORM_ID} method="post" action="/api/newsroom/stories" className="space-y-5">
      {errorCount > 0 ? (
        <div role="alert" className="border-l-4 border-accent pl-3" data-testid="story-errors">
          <p className="font-semibold">Not saved: {errorCount} problem(s) to fix.</p>
          {errors[STORY_WIDE] ? <p id={errorIdOf(STORY_WIDE)}>{errors[STORY_WIDE].join(' ')}</p> : null}
          <ul className="list-disc pl-6 text-sm">
            {Object.keys(errors)
              .filter((name) => name !== STORY_WIDE)
              .map((name) => (
                <li key={name}>
                  <a href={`#${idOf(name)}`} className="underline">
                    {name}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" name="originalSlug" value={view.originalSlug ?? ''} />
      <input type="hidden" name="version" value={view.version} />
      <input type="hidden" name="draftId" value={view.draftId} />
      <input type="hidden" name="timeZone" value={view.zone} />
      {text('title', 'Headline')}
      {text('slug', 'Slug (the address: /articles/slug)', {
        readOnly: view.published,
        hint: view.published
          ? 'Fixed since publication.'
          : view.originalSlug === null
            ? 'Made from the headline until you change it.'
            : 'Editable until the story is published.',
      })}
      <div>
        <label htmlFor={idOf('dek')} className="block text-sm font-semibold">
          Summary (dek)
        </label>
        <textarea {...control('dek')} defaultValue={fields.dek} rows={2} className={INPUT} />
        {errorText('dek')}
      </div>
      <div>
        <label htmlFor={idOf('section')} className="block text-sm font-semibold">
          Section
        </label>
        <select {...control('section')} defaultValue={fields.section} className={INPUT}>
          <option value="">Choose a section</option>
          {view.sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
        {errorText('section')}
      </div>
      {choices('tags', 'Tags', view.tags)}
      {choices('authors', 'Authors', view.authors)}
      <div>
        <label htmlFor={idOf('publishedAt')} className="block text-sm font-semibold">
          Publication time
        </label>
        <p id="zone-hint" className="text-sm text-muted">
          In the time zone <span data-zone-name>{view.zone}</span>. Used by “Schedule”; “Publish now” uses the present
          time.
        </p>
        <input
          type="datetime-local"
          step={1}
          {...control('publishedAt')}
          aria-describedby={describedBy('publishedAt', 'zone-hint')}
          defaultValue={fields.publishedAt}
          className={INPUT}
        />
        {errorText('publishedAt')}
      </div>
      <div>
        <label htmlFor={idOf('priority')} className="block text-sm font-semibold">
          Priority (1–10, optional: higher leads lists)
        </label>
        <input
          type="number"
          min={1}
          max={10}
          {...control('priority')}
          defaultValue={fields.priority}
          className={INPUT}
        />
        {errorText('priority')}
      </div>
      <fieldset className="space-y-3 rounded-sm border border-rule p-3">
        <legend className="px-1 text-sm font-semibold">Main picture</legend>
        {text('hero.src', 'Picture path', { hint: 'Set by the upload below, or the path of a picture in /images/.' })}
        {text('hero.alt', 'Alt text (what the picture shows)')}
        {text('hero.caption', 'Caption')}
        {text('hero.credit', 'Credit')}
        <div data-testid="image-upload-slot">
          <label htmlFor={idOf('hero.file')} className="block text-sm font-semibold">
            Upload a picture
          </label>
          <p id={`${idOf('hero.file')}-hint`} className="text-sm text-muted">
            JPEG, PNG or WebP, at most 15 MB and at least 1200 × 675 pixels. Fill in the alt text, caption and credit
            above first: every size the pages need is made at upload.
          </p>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <input
              type="file"
              id={idOf('hero.file')}
              name={HERO_FILE_FIELD}
              accept="image/jpeg,image/png,image/webp"
              aria-invalid={errors['hero.file'] ? true : undefined}
              aria-describedby={describedBy('hero.file', `${idOf('hero.file')}-hint`)}
              className="text-sm"
            />
            <button
              type="submit"
              formAction={uploadAction(view.originalSlug, view.draftId)}
              formEncType="multipart/form-data"
              formMethod="post"
              className="rounded-sm border border-current px-4 py-2 font-semibold"
            >
              Upload picture
            </button>
          </div>
          {errorText('hero.file')}
        </div>
        <div className="grid grid-cols-2 gap-3">
          {text('hero.width', 'Width (px)')}
          {text('hero.height', 'Height (px)')}
        </div>
      </fieldset>
      {text('redirectFrom', 'Former slugs (optional, comma-separated: old addresses that redirect here)')}
      <div>
        <label htmlFor={idOf('body')} className="block text-sm font-semibold">
          Story (Markdown)
        </label>
        <StoryEditorIsland
          formId={STORY_FORM_ID}
          bodyId={idOf('body')}
          slugFollowsHeadline={view.originalSlug === null}
        />
        <textarea {...control('body')} defaultValue={fields.body} rows={18} className={`${INPUT} font-mono text-sm`} />
        {errorText('body')}
      </div>
      <div className="flex flex-wrap gap-3">
        {actions.map((intent) => (
          <ActionButton key={intent} intent={intent}>
            {ACTION_LABELS[intent]}
          </ActionButton>
        ))}
      </div>
    </form>
  );
}

function ActionButton({ intent, children }: { intent: StoryIntent; children: ReactNode }) {
  const primary = intent === 'publish' || intent === 'update' || intent === 'schedule';
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      className={
        primary
          ? 'rounded-sm bg-ink px-4 py-2 font-semibold text-paper'
          : 'rounded-sm border border-current px-4 py-2 font-semibold'
      }
    >
      {children}
    </button>
  );
}
