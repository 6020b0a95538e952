import Image from 'next/image';
import { StoryKicker } from '@/components/teaser/story-kicker';
import type { ArticleSummary } from '@/lib/content/types';
import { HeadlineByline } from './headline-byline';

/** The second tier under the lead: picture, kicker, headline and byline, four across on wide screens. */
export function TopStories({ stories }: { stories: ArticleSummary[] }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="top-stories-heading">
      <h2 id="top-stories-heading" className="sr-only">
        Top stories
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
        {stories.map((story) => (
          <li key={story.slug}>
            <article>
              <Image
                src={story.hero.src}
                alt=""
                width={story.hero.width}
                height={story.hero.height}
                sizes="(min-width: 1024px) 270px, (min-width: 640px) 50vw, 100vw"
                className="aspect-video h-auto w-full rounded-sm object-cover"
              />
              <StoryKicker story={story} className="mt-2" />
              <HeadlineByline story={story} headlineClass="text-lg" />
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
