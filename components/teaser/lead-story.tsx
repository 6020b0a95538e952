import Image from 'next/image';
import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { ArticleSummary } from '@/lib/content/types';

export function LeadStory({ story }: { story: ArticleSummary }) {
  return (
    <article className="grid gap-4 border-b border-[var(--color-rule)] pb-6 md:grid-cols-[3fr_2fr] md:items-center">
      <Image
        src={story.hero.src}
        alt={story.hero.alt}
        width={story.hero.width}
        height={story.hero.height}
        sizes="(min-width: 1152px) 640px, (min-width: 768px) 60vw, 100vw"
        preload
        fetchPriority="high"
        className="h-auto w-full rounded-sm"
      />
      <div>
        <p className="text-xs font-bold tracking-wide text-[var(--color-accent)] uppercase">
          <IntentPrefetchLink href={`/section/${story.section.slug}`} className="inline-block py-1 hover:underline">
            {story.section.name}
          </IntentPrefetchLink>
        </p>
        <h2 className="mt-2 font-serif text-3xl leading-tight font-bold">
          <IntentPrefetchLink href={`/articles/${story.slug}`} className="hover:underline">
            {story.title}
          </IntentPrefetchLink>
        </h2>
        <p className="mt-3 text-lg text-[var(--color-muted)]">{story.dek}</p>
        <p className="mt-2 text-xs text-[var(--color-muted)]">
          <time dateTime={story.publishedAt}>{story.publishedAgo}</time>
        </p>
      </div>
    </article>
  );
}
