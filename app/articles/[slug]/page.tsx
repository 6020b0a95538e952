import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { HeroFigure } from '@/components/article/hero-figure';
import { OtherStories } from '@/components/article/other-stories';
import { ReadMore } from '@/components/article/read-more';
import { TopicTags } from '@/components/article/topic-tags';
import { MostPopular } from '@/components/popular/most-popular';
import { ViewBeacon } from '@/components/popular/view-beacon';
import { findRedirectTarget, getArticle, getPrerenderSlugs, getRecentArticles, getRelatedArticles } from '@/lib/content/articles';
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
  const article = isValidSlug(slug) ? await getArticle(slug) : null;
  if (!article) return {};
  return {
    title: article.title,
    description: article.dek,
    alternates: { canonical: `/articles/${article.slug}` },
  };
}

export default async function ArticlePage({ params }: PageProps<'/articles/[slug]'>) {
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const article = await getArticle(slug);
  if (!article) {
    const target = await findRedirectTarget(slug);
    if (target) permanentRedirect(`/articles/${target}`);
    notFound();
  }
  const [related, popular, recent] = await Promise.all([
    getRelatedArticles(article.slug, 5),
    getMostPopular(9),
    getRecentArticles(6, article.slug),
  ]);

  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[1fr_300px]">
      <article className="min-w-0 space-y-6">
        <ArticleHeader article={article} />
        <HeroFigure image={article.hero} />
        <ArticleBody html={article.bodyHtml} />
        <TopicTags tags={article.tags} />
        <ReadMore stories={related} />
        <ViewBeacon slug={article.slug} />
      </article>
      <aside className="min-w-0 space-y-8">
        <MostPopular list={popular} exclude={article.slug} />
      </aside>
      <div className="lg:col-span-2">
        <OtherStories stories={recent} />
      </div>
    </div>
  );
}
