import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { ArticleSummary } from '@/lib/content/types';

/** The section a story belongs to, above its headline, linking to the section. */
export function StoryKicker({ story, className }: { story: Pick<ArticleSummary, 'section'>; className?: string }) {
  return (
    <p className={className ? `kicker ${className}` : 'kicker'}>
      <IntentPrefetchLink href={`/section/${story.section.slug}`}>{story.section.name}</IntentPrefetchLink>
    </p>
  );
}
