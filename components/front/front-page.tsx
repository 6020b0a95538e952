import { Pagination } from '@/components/navigation/pagination';
import { MostPopular } from '@/components/popular/most-popular';
import { LeadStory } from '@/components/teaser/lead-story';
import { LoadMoreStories } from '@/components/teaser/load-more-stories';
import { StoryList, TWO_COLUMN_LIST } from '@/components/teaser/story-list';
import type { HomeFront } from '@/lib/content/home-front';
import type { PopularList } from '@/lib/popular/most-popular';
import { SectionBlocks } from './section-blocks';
import { TopStories } from './top-stories';

const ruledHeading = 'border-t-4 border-ink pt-3 text-lg font-bold';

/**
 * The homepage, or an older page of its river. Narrow screens read top to bottom: lead, top stories, Most popular,
 * the sections, the river. From `lg` up, Most popular stands beside the lead and the rest runs full width, so no
 * column is left empty.
 */
export function FrontPage({ front, popular }: { front: HomeFront; popular: PopularList }) {
  const { river } = front;
  const first = river.page === 1;
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 pt-4 pb-6 sm:pt-6 lg:grid-cols-3">
      <h1 className="sr-only">
        {first ? 'Meridian: latest business and technology news' : `Latest stories, page ${river.page}`}
      </h1>
      {front.lead ? (
        <div className="min-w-0 lg:col-span-2 lg:row-start-1">
          <LeadStory story={front.lead} />
        </div>
      ) : null}
      {front.top.length > 0 ? (
        <div className="min-w-0 lg:col-span-3">
          <TopStories stories={front.top} />
        </div>
      ) : null}
      <aside
        className={`min-w-0 ${first ? 'lg:col-start-3 lg:row-start-1' : 'lg:sticky lg:top-4 lg:col-start-3 lg:row-start-1 lg:self-start'}`}
      >
        <MostPopular list={popular} homePage={river.page} />
      </aside>
      {front.sections.length > 0 ? (
        <div className="min-w-0 lg:col-span-3">
          <SectionBlocks blocks={front.sections} />
        </div>
      ) : null}
      <section
        aria-labelledby="latest-stories-heading"
        className={`min-w-0 ${first ? 'lg:col-span-3' : 'lg:col-span-2 lg:row-start-1'}`}
      >
        <h2 id="latest-stories-heading" className={ruledHeading}>
          Latest stories{first ? '' : `, page ${river.page}`}
        </h2>
        <StoryList stories={river.items} className={first ? TWO_COLUMN_LIST : ''} />
        <LoadMoreStories
          endpoint="/api/stories?list=latest"
          basePath=""
          page={river.page}
          totalPages={river.totalPages}
          listClassName={first ? TWO_COLUMN_LIST : ''}
        >
          <Pagination basePath="" page={river.page} totalPages={river.totalPages} />
        </LoadMoreStories>
      </section>
    </div>
  );
}
