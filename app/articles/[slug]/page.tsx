import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { HeroFigure } from '@/components/article/hero-figure';
import { PreviewBanner } from '@/components/article/preview-banner';
import { OtherStories } from '@/components/article/other-stories';
import { ReadMore } from '@/components/article/read-more';
import { TopicTags } from '@/components/article/topic-tags';
import { MostPopular } from '@/components/popular/most-popular';
import { findRedirectTarget, getArticle, getPrerenderSlugs, getRecentArticles, getRelatedArticles } from '@/lib/content/articles';
import { getPreviewArticle } from '@/lib/content/preview';
import { isValidSlug } from '@/lib/content/route-params';
import { getMostPopular } from '@/lib/popular/most-popular';

// The newest stories are prerendered; older ones render on first request and then stay cached.
const PRERENDERED_ARTICLES = 300;

export async function generateStaticParams() {
  const slugs = await getPrerenderSlugs(PRERENDERED_ARTICLES);
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  if (!isValidSlug(slug)) return {};
  // Draft Mode is off in every prerender, so public pages stay static; a preview is never indexed.
  const preview = (await draftMode()).isEnabled ? await getPreviewArticle(slug) : null;
  const article = preview?.article ?? (await getArticle(slug));
  if (!article) return {};
  return {
    title: article.title,
    description: article.dek,
    alternates: { canonical: `/articles/${article.slug}` },
    ...(preview ? { robots: { index: false, follow: false } } : {}),
  };
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const preview = (await draftMode()).isEnabled ? await getPreviewArticle(slug) : null;
  const article = preview?.article ?? (await getArticle(slug));
  if (!article) {
    const target = await findRedirectTarget(slug);
    if (target) permanentRedirect(`/articles/${target}`);
    notFound();
  }
  const [related, popular, recent] = await Promise.all([
    preview?.related ?? getRelatedArticles(article.slug, 5),
    getMostPopular(9),
    getRecentArticles(6, article.slug),
  ]);

  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[1fr_300px]">
      {preview ? <div className="lg:col-span-2"><PreviewBanner state={preview.state} /></div> : null}
      <article className="min-w-0 space-y-6">
        <ArticleHeader article={article} />
        <HeroFigure image={article.hero} />
        <ArticleBody html={article.bodyHtml} />
        <TopicTags tags={article.tags} />
        <ReadMore stories={related} />
      </article>
      <aside className="min-w-0 space-y-8">
        <MostPopular list={{ ...popular, items: popular.items.filter((s) => s.slug !== article.slug).slice(0, 8) }} />
      </aside>
      <div className="lg:col-span-2">
        <OtherStories stories={recent} />
      </div>
    </div>
  );
}
