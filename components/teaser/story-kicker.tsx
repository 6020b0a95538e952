import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { ArticleSummary } from '@/lib/content/types';

/** The section a story belongs to, above its headline, linking to the section. */
export function StoryKicker({ story, className = '' }: { story: Pick<ArticleSummary, 'section'>; className?: string }) {
  return (
    <p className={`text-xs font-bold tracking-wide text-[var(--color-accent)] uppercase ${className}`}>
      <IntentPrefetchLink href={`/section/${story.section.slug}`} className="inline-block py-1 hover:underline">
        {story.section.name}
      </IntentPrefetchLink>
    </p>
  );
}
