import type { ReactNode } from 'react';
import type { ArticleSummary, Paged } from '@/lib/content/types';
import type { PopularList } from '@/lib/popular/most-popular';
import { Pagination } from '../navigation/pagination';
import { MostPopular } from '../popular/most-popular';
import { LoadMoreStories } from '../teaser/load-more-stories';
import { StoryList } from '../teaser/story-list';

interface StoryListingProps {
  header: ReactNode;
  list: Paged<ArticleSummary>;
  basePath: string;
  endpoint: string;
  popular: PopularList;
  emptyMessage?: string;
}

/** A paginated list of stories with its heading, "Load more" and the Most popular sidebar. */
export function StoryListing({
  header,
  list,
  basePath,
  endpoint,
  popular,
  emptyMessage = 'No stories here yet.',
}: StoryListingProps) {
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[1fr_300px]">
      <div className="min-w-0">
        {header}
        <h2 className="sr-only">Stories</h2>
        {list.items.length === 0 ? <p className="py-6">{emptyMessage}</p> : <StoryList stories={list.items} />}
        <LoadMoreStories endpoint={endpoint} basePath={basePath} page={list.page} totalPages={list.totalPages}>
          <Pagination basePath={basePath} page={list.page} totalPages={list.totalPages} />
        </LoadMoreStories>
      </div>
      <aside className="min-w-0">
        <MostPopular list={popular} />
      </aside>
    </div>
  );
}
