import Image from 'next/image';
import { AuthorLink } from './author-link';
import type { Author } from '@/lib/content/types';

/** Who wrote the story: each author's photo, role and short bio, linked to their page. */
export function AuthorBios({ authors }: { authors: Author[] }) {
  return (
    <section aria-labelledby="authors-heading" className="border-t border-rule pt-4">
      <h2 id="authors-heading" className="sr-only">
        About the {authors.length > 1 ? 'authors' : 'author'}
      </h2>
      <ul className="space-y-4">
        {authors.map((author) => (
          <li key={author.slug} className="flex items-start gap-4" data-testid="author-bio">
            <Image
              src={author.avatar}
              alt=""
              width={64}
              height={64}
              sizes="64px"
              className="size-16 shrink-0 rounded-full"
            />
            <div>
              <p>
                <AuthorLink author={author} />
                <span className="text-muted"> · {author.role}</span>
              </p>
              <p className="mt-1 text-sm text-muted">{author.bio}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
