import { contentDir } from '@/lib/content/content-dir';
import { getContentSnapshot } from '@/lib/content/content-store';
import { countWords, renderMarkdown } from '@/lib/content/markdown';
import { heroImageSchema } from '@/lib/content/schema';
import type { Article, ArticleMeta } from '@/lib/content/types';
import { toArticleSummary } from '@/lib/content/public-view';
import { readingMinutes } from '@/lib/content/reading-time';
import { siteConfig } from '@/lib/site-config';
import { readDeskDraft } from './desk-drafts';
import { fieldsFromSource, type StoryFields } from './story-fields';
import { readStoryFile } from './story-files';
import { localToIso } from './zoned-time';

/**
 * The story as readers would see it, from what is in the form now (its latest autosave) or else its saved file,
 * valid or not: the preview shows work in progress. The body goes through the public renderer (sanitised).
 */
export function draftPreviewArticle(
  draftId: string | null,
  slug: string | null,
  now: number = Date.now(),
): Article | null {
  const dir = contentDir();
  const draft = draftId ? readDeskDraft(dir, draftId) : null;
  const file = slug ? readStoryFile(dir, slug) : null;
  const zone = draft?.zone ?? siteConfig.timeZone;
  const fields: StoryFields | null = draft?.fields ?? (file ? fieldsFromSource(file.source, zone) : null);
  if (!fields) return null;
  const snapshot = getContentSnapshot();
  const publishedAt = localToIso(fields.publishedAt, zone) ?? new Date(now).toISOString();
  const hero = heroImageSchema.safeParse({
    src: fields['hero.src'],
    alt: fields['hero.alt'],
    caption: fields['hero.caption'],
    credit: fields['hero.credit'],
    width: Number(fields['hero.width']),
    height: Number(fields['hero.height']),
  });
  const meta: ArticleMeta = {
    slug: fields.slug || 'untitled',
    title: fields.title.slice(0, 300) || 'Untitled story',
    dek: fields.dek.slice(0, 600),
    sectionSlug: fields.section,
    tagSlugs: fields.tags,
    authorSlugs: fields.authors,
    publishedAt,
    updatedAt: localToIso(fields.updatedAt, zone) ?? publishedAt,
    status: 'draft',
    priority: null,
    hero: hero.success ? hero.data : { src: '', alt: '', caption: '', credit: '', width: 1600, height: 900 },
    redirectFrom: [],
    sourcePath: '',
  };
  const lookups = {
    sections: new Map(snapshot.sections.map((s) => [s.slug, s])),
    authors: new Map(snapshot.authors.map((a) => [a.slug, a])),
  };
  const wordCount = countWords(fields.body);
  return {
    ...toArticleSummary(meta, lookups, now),
    tags: snapshot.tags.filter((tag) => fields.tags.includes(tag.slug)),
    authors: snapshot.authors.filter((author) => fields.authors.includes(author.slug)),
    bodyHtml: renderMarkdown(fields.body),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    redirectFrom: [],
  };
}
