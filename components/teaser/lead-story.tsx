import Image from 'next/image';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { ArticleSummary } from '@/lib/content/types';
import { StoryKicker } from './story-kicker';
import { StoryByline } from './story-byline';

export function LeadStory({ story }: { story: ArticleSummary }) {
  return (
    <article className="grid gap-4 border-b border-rule pb-6 md:grid-cols-[3fr_2fr] md:items-center lg:grid-cols-1">
      <Image
        src={story.hero.src}
        alt={story.hero.alt}
        width={story.hero.width}
        height={story.hero.height}
        sizes="(min-width: 1152px) 740px, (min-width: 1024px) 66vw, (min-width: 768px) 60vw, 100vw"
        preload
        fetchPriority="high"
        className="h-auto w-full rounded-sm"
      />
      <div>
        <StoryKicker story={story} />
        <h2 className="headline mt-2 text-3xl leading-tight lg:text-4xl">
          <IntentPrefetchLink href={`/articles/${story.slug}`}>{story.title}</IntentPrefetchLink>
        </h2>
        <p className="mt-3 text-lg text-muted">{story.dek}</p>
        <StoryByline story={story} />
      </div>
    </article>
  );
}
