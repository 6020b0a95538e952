import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { HeroFigure } from '@/components/article/hero-figure';
import { TopicTags } from '@/components/article/topic-tags';
import { bodyFont } from '@/app/[reader]/articles/[slug]/body-font';
import { isValidSlug } from '@/lib/content/route-params';
import { currentEditor } from '@/lib/editors/accounts/desk';
import { draftPreviewArticle } from '@/lib/editors/stories/draft-preview';
import { articleTrail } from '@/lib/seo/json-ld';
import { siteConfig } from '@/lib/site-config';

export const instant = false;

export const metadata: Metadata = { title: 'Preview | Newsroom', robots: { index: false, follow: false } };

/** The desk's live preview (framed beside the form): the unsaved story through the public article's components. */
export default async function StoryPreviewPage({ searchParams }: PageProps<'/newsroom/stories/preview'>) {
  if (!(await currentEditor())) redirect('/newsroom');
  const { draft, slug } = await searchParams;
  const article = draftPreviewArticle(
    typeof draft === 'string' ? draft : null,
    typeof slug === 'string' && isValidSlug(slug) ? slug : null,
  );
  if (!article) notFound();
  return (
    <div className={`${bodyFont.variable} mx-auto max-w-3xl px-4 py-6`}>
      <p className="mb-4 rounded-sm border border-dashed border-muted p-2 text-sm">
        Preview of unsaved work: not public.
      </p>
      <article className="min-w-0 space-y-6" data-testid="preview-article">
        <ArticleHeader article={article} trail={articleTrail(article)} timeZone={siteConfig.timeZone} />
        {article.hero.src ? <HeroFigure image={article.hero} /> : null}
        <ArticleBody html={article.bodyHtml} />
        <TopicTags tags={article.tags} />
      </article>
    </div>
  );
}
