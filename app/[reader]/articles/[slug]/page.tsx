import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { AuthorBios } from '@/components/article/author-bios';
import { ShareLinks } from '@/components/article/share-links';
import { HeroFigure } from '@/components/article/hero-figure';
import { PreviewBanner } from '@/components/article/preview-banner';
import { OtherStories } from '@/components/article/other-stories';
import { ReadMore } from '@/components/article/read-more';
import { TopicTags } from '@/components/article/topic-tags';
import { MostPopular } from '@/components/popular/most-popular';
import { getArticle, getPrerenderSlugs, getRecentArticles, getRelatedArticles } from '@/lib/content/articles';
import { getPreviewArticle } from '@/lib/content/preview';
import { ViewBeacon } from '@/components/popular/view-beacon';
import { isValidSlug } from '@/lib/content/route-params';
import { variantTimeZone } from '@/lib/weather/reader-variant';
import { getMostPopularForPage } from '@/lib/popular/most-popular';
import { articleTrail, breadcrumbJsonLd, liveBlogPostingJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { getLiveBlog } from '@/lib/content/live-blog';
import { LiveCoverage } from '@/components/live/live-coverage';
import { withoutRepeats } from '@/lib/content/related';
import { absoluteUrl } from '@/lib/site-config';
import { articleMetadata, NOT_FOUND_METADATA } from '@/lib/seo/metadata';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { bodyFont } from './body-font';

// The newest stories are prerendered; older ones render on first request and then stay cached.
const PRERENDERED_ARTICLES = 300;
const RELATED = 5;
const LATEST = 6;

export async function generateStaticParams() {
  const slugs = await getPrerenderSlugs(PRERENDERED_ARTICLES);
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[reader]/articles/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  if (!isValidSlug(slug)) return NOT_FOUND_METADATA;
  // Draft Mode is off in every prerender, so public pages stay static; a preview is never indexed.
  const preview = (await draftMode()).isEnabled ? await getPreviewArticle(slug) : null;
  const article = preview?.article ?? (await getArticle(slug));
  if (!article) return NOT_FOUND_METADATA;
  return preview ? { ...articleMetadata(article), robots: { index: false, follow: false } } : articleMetadata(article);
}

export default async function ArticlePage({ params }: PageProps<'/[reader]/articles/[slug]'>) {
  const { reader, slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const preview = (await draftMode()).isEnabled ? await getPreviewArticle(slug) : null;
  const article = preview?.article ?? (await getArticle(slug));
  if (!article) notFound();
  const [related, popular, recent, live] = await Promise.all([
    preview?.related ?? getRelatedArticles(article.slug, RELATED),
    getMostPopularForPage(9),
    getRecentArticles(LATEST + RELATED, article.slug),
    article.live && !preview ? getLiveBlog(article.slug, 1) : null,
  ]);
  const [readMore, latest] = withoutRepeats(article.slug, [
    { items: related, limit: RELATED },
    { items: recent, limit: LATEST },
  ]);
  const trail = articleTrail(article);

  return (
    <div className={`${bodyFont.variable} mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[1fr_300px]`}>
      {preview ? (
        <div className="lg:col-span-2">
          <PreviewBanner state={preview.state} />
        </div>
      ) : null}
      <JsonLdScript
        data={[live ? liveBlogPostingJsonLd(article, live) : newsArticleJsonLd(article), breadcrumbJsonLd(trail)]}
      />
      <article className="min-w-0 space-y-6">
        <ArticleHeader article={article} trail={trail} timeZone={variantTimeZone(reader)} />
        <HeroFigure image={article.hero} />
        <ArticleBody html={article.bodyHtml} />
        {live ? <LiveCoverage blog={live} timeZone={variantTimeZone(reader)} /> : null}
        <ShareLinks title={article.title} url={absoluteUrl(`/articles/${article.slug}`)} />
        <AuthorBios authors={article.authors} />
        <TopicTags tags={article.tags} />
        <ReadMore stories={readMore} />
        <ViewBeacon slug={article.slug} />
      </article>
      <aside className="min-w-0 space-y-8">
        <MostPopular list={popular} exclude={article.slug} />
      </aside>
      <div className="lg:col-span-2">
        <OtherStories stories={latest} />
      </div>
    </div>
  );
}
