import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { LiveCoverage } from '@/components/live/live-coverage';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { getArticle, getPrerenderSlugs } from '@/lib/content/articles';
import { getLiveBlog, getLiveStorySlugs } from '@/lib/content/live-blog';
import { parsePageParam } from '@/lib/content/paginate';
import { isValidSlug } from '@/lib/content/route-params';
import { liveBlogPostingJsonLd } from '@/lib/seo/json-ld';
import { liveArchiveMetadata, NOT_FOUND_METADATA } from '@/lib/seo/metadata';
import { variantTimeZone } from '@/lib/weather/reader-variant';

type Props = PageProps<'/[reader]/articles/[slug]/page/[page]'>;

// Page 2 of each live story is prerendered (a 404 while it has fewer updates); the rest render on first request and
// then stay cached. Without any live story, one ordinary story's page 2 (a 404) gives the build a page to render.
export async function generateStaticParams() {
  const live = await getLiveStorySlugs();
  const slugs = live.length > 0 ? live : await getPrerenderSlugs(1);
  return slugs.map((slug) => ({ slug, page: '2' }));
}

async function load(params: Props['params']) {
  const { reader, slug, page: raw } = await params;
  const page = parsePageParam(raw);
  if (!isValidSlug(slug) || page === null) return null;
  if (page === 1) permanentRedirect(`/articles/${slug}`);
  const [article, blog] = await Promise.all([getArticle(slug), getLiveBlog(slug, page)]);
  return article && blog ? { reader, article, blog } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return found ? liveArchiveMetadata(found.article, found.blog.updates.page) : NOT_FOUND_METADATA;
}

/** Page 2 and on of a live story's updates: older updates, for readers without JavaScript and crawlers. */
export default async function LiveUpdatesPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { reader, article, blog } = found;
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <JsonLdScript data={liveBlogPostingJsonLd(article, blog)} />
      <h1 className="font-serif text-3xl leading-tight font-bold">
        <a href={`/articles/${article.slug}`} className="hover:underline">
          {article.title}
        </a>
      </h1>
      <LiveCoverage blog={blog} timeZone={variantTimeZone(reader)} />
    </div>
  );
}
