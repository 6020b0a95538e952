import Image from 'next/image';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { ArticleSummary } from '@/lib/content/types';
import { StoryKicker } from './story-kicker';
import { StoryByline } from './story-byline';

/** One story in a list: kicker, headline link, excerpt, byline and time, thumbnail. Usable on server and client. */
export function StoryTeaser({ story, headingLevel = 'h3' }: { story: ArticleSummary; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="flex gap-4 py-4">
      <div className="min-w-0 flex-1">
        <StoryKicker story={story} />
        <Heading className="mt-1 font-serif text-lg leading-snug font-bold">
          <IntentPrefetchLink href={`/articles/${story.slug}`} className="hover:underline">
            {story.title}
          </IntentPrefetchLink>
        </Heading>
        <p className="mt-1 line-clamp-2 text-[0.95rem] text-[var(--color-muted)]">{story.dek}</p>
        <StoryByline story={story} />
        {story.status === 'draft' ? <p className="text-xs font-bold uppercase">Draft</p> : null}
      </div>
      {/* At most 160 px wide: a 1x/2x srcset (no `sizes`) keeps each teaser's markup short. */}
      <Image
        src={story.hero.src}
        alt=""
        width={160}
        height={90}
        className="h-[54px] w-24 shrink-0 rounded-sm object-cover sm:h-[90px] sm:w-40"
      />
    </article>
  );
}
