import Image from 'next/image';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { ArticleSummary } from '@/lib/content/types';
import { StoryKicker } from './story-kicker';
import { StoryByline } from './story-byline';

/** One story in a list: kicker, headline link, excerpt, byline and time, thumbnail. Usable on server and client. */
export function StoryTeaser({ story, headingLevel = 'h3' }: { story: ArticleSummary; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="teaser">
      <div>
        <StoryKicker story={story} />
        <Heading className="headline mt-1 text-lg">
          <IntentPrefetchLink href={`/articles/${story.slug}`}>{story.title}</IntentPrefetchLink>
        </Heading>
        <p className="dek">{story.dek}</p>
        <StoryByline story={story} />
        {story.status === 'draft' ? <p className="text-xs font-bold uppercase">Draft</p> : null}
      </div>
      {/* At most 160 px wide: a 1x/2x srcset (no `sizes`) keeps each teaser's markup short. */}
      <Image src={story.hero.src} alt="" width={160} height={90} />
    </article>
  );
}
