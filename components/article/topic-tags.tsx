import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { Tag } from '@/lib/content/types';

export function TopicTags({ tags }: { tags: Tag[] }) {
  return (
    <section aria-labelledby="topics-heading">
      <h2 id="topics-heading" className="text-lg font-bold">
        More on these topics
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <IntentPrefetchLink
              href={`/tag/${tag.slug}`}
              className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:bg-rule"
            >
              {tag.name}
            </IntentPrefetchLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
