import { notFound } from 'next/navigation';
import { LoadMoreStories } from '@/components/teaser/load-more-stories';
import { LeadStory } from '@/components/teaser/lead-story';
import { Pagination } from '@/components/navigation/pagination';
import { MostPopular } from '@/components/popular/most-popular';
import { StoryList } from '@/components/teaser/story-list';
import { getLatestPage, getLeadStory } from '@/lib/content/articles';
import { getMostPopularForPage } from '@/lib/popular/most-popular';

/** The homepage and its older pages (/page/N): lead story on page 1, the river of latest stories, Most popular. */
export async function HomeFront({ page }: { page: number }) {
  const [lead, latest, popular] = await Promise.all([getLeadStory(), getLatestPage(page), getMostPopularForPage(8)]);
  if (!latest) notFound();
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[1fr_300px]">
      <div className="min-w-0">
        <h1 className="sr-only">
          {page === 1 ? 'Meridian: latest business and technology news' : `Latest stories, page ${page}`}
        </h1>
        {page === 1 && lead ? <LeadStory story={lead} /> : null}
        <section aria-labelledby="latest-stories-heading" className="mt-6">
          <h2 id="latest-stories-heading" className="border-t-4 border-[var(--color-ink)] pt-3 text-lg font-bold">
            Latest stories{page > 1 ? `, page ${page}` : ''}
          </h2>
          <StoryList stories={latest.items} />
          <LoadMoreStories endpoint="/api/stories?list=latest" page={latest.page} totalPages={latest.totalPages} />
          <Pagination basePath="" page={latest.page} totalPages={latest.totalPages} />
        </section>
      </div>
      <aside className="min-w-0">
        <MostPopular list={popular} />
      </aside>
    </div>
  );
}
