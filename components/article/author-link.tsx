import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { Author } from '@/lib/content/types';

/** An author's name linked to their page, marked rel="author" for crawlers. */
export function AuthorLink({ author }: { author: Pick<Author, 'slug' | 'name'> }) {
  return (
    <IntentPrefetchLink href={`/author/${author.slug}`} rel="author" className="font-semibold hover:underline">
      {author.name}
    </IntentPrefetchLink>
  );
}
