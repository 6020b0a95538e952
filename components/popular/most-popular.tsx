import Link from 'next/link';
import type { PopularList } from '@/lib/popular/most-popular';

const BASIS_NOTE: Record<PopularList['basis'], string> = {
  readership: 'Most read in the past week',
  editorial: 'Picked by our editors while readership data is gathered',
};

export function MostPopular({ list }: { list: PopularList }) {
  return (
    <section aria-labelledby="most-popular-heading" className="border-t-4 border-[var(--color-ink)] pt-3">
      <h2 id="most-popular-heading" className="text-lg font-bold">Most popular</h2>
      <p className="text-xs text-[var(--color-muted)]">{BASIS_NOTE[list.basis]}</p>
      <ol className="mt-2 divide-y divide-[var(--color-rule)]">
        {list.items.map((story, index) => (
          <li key={story.slug} className="flex gap-3 py-3">
            <span aria-hidden="true" className="font-serif text-2xl leading-none font-bold text-[var(--color-accent)]">{index + 1}</span>
            <Link href={`/articles/${story.slug}`} className="font-serif leading-snug font-semibold hover:underline">
              {story.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
