import matter from 'gray-matter';
import { contentDir } from '@/lib/content/content-dir';
import { loadContent } from '@/lib/content/load-content';
import type { Author, Section, Tag } from '@/lib/content/types';
import { siteConfig } from '@/lib/site-config';
import { newDraftId, readDeskDraft } from './desk-drafts';
import { EMPTY_FIELDS, fieldsFromSource, type StoryFields } from './story-fields';
import { NEW_STORY_VERSION, readStoryFile } from './story-files';
import type { FieldErrors } from './validate-story';

/** Everything the story form shows: the fields, their errors, the registries to choose from, and any conflict. */
export interface StoryEditorView {
  originalSlug: string | null;
  version: string;
  draftId: string;
  zone: string;
  fields: StoryFields;
  errors: FieldErrors;
  /** The story is published: its slug is fixed; "Update" replaces "Save draft". */
  published: boolean;
  /** The version someone else saved since this form was loaded, as fields, when a save was refused for it. */
  theirs: { fields: StoryFields; removed: boolean } | null;
  /** The draft's fields differ from the saved story (an autosave not yet saved). */
  restoredFromDraft: boolean;
  sections: Section[];
  tags: Tag[];
  authors: Author[];
}

/** The form for a story (null: a new one), from its file on disk now, or from a desk draft of it when given. */
export function storyEditorView(slug: string | null, draftId: string | null): StoryEditorView | null {
  const dir = contentDir();
  const zone = siteConfig.timeZone;
  const file = slug === null ? null : readStoryFile(dir, slug);
  const draft = draftId ? readDeskDraft(dir, draftId) : null;
  const usable = draft && draft.originalSlug === slug ? draft : null;
  // A story removed since its form was opened still shows the editor's draft (and says it was removed).
  if (slug !== null && !file && !usable) return null;
  const registries = loadContent(dir, { bodies: 'none' });
  const base = {
    originalSlug: slug,
    sections: registries.sections,
    tags: registries.tags,
    authors: registries.authors,
    published: file ? matter(file.source, {}).data.status === 'published' : false,
  };
  if (usable) {
    const conflict = usable.conflict;
    return {
      ...base,
      // After a conflict the editor has seen both versions: the next save knowingly replaces theirs.
      version: conflict ? (conflict.theirs?.version ?? NEW_STORY_VERSION) : usable.version,
      draftId: usable.id,
      zone: usable.zone,
      fields: usable.fields,
      errors: usable.errors ?? {},
      theirs: conflict
        ? {
            fields: conflict.theirs ? fieldsFromSource(conflict.theirs.source, usable.zone) : EMPTY_FIELDS,
            removed: !conflict.theirs,
          }
        : null,
      restoredFromDraft: true,
    };
  }
  return {
    ...base,
    version: file?.version ?? NEW_STORY_VERSION,
    draftId: newDraftId(),
    zone,
    fields: file ? fieldsFromSource(file.source, zone) : EMPTY_FIELDS,
    errors: {},
    theirs: null,
    restoredFromDraft: false,
  };
}
