import Image from 'next/image';
import type { Author } from '@/lib/content/types';

export function AuthorHeader({ author, page }: { author: Author; page: number }) {
  return (
    <header className="flex items-start gap-4 border-b border-rule pb-4">
      <Image
        src={author.avatar}
        alt=""
        width={96}
        height={96}
        sizes="(min-width: 640px) 96px, 80px"
        className="size-20 shrink-0 rounded-full sm:size-24"
      />
      <div>
        <p className="text-sm font-bold tracking-wide text-accent uppercase">{author.role}</p>
        <h1 className="mt-1 font-serif text-3xl font-bold">
          {author.name}
          {page > 1 ? <span className="text-muted"> · Page {page}</span> : null}
        </h1>
        <p className="mt-2 max-w-2xl text-muted">{author.bio}</p>
      </div>
    </header>
  );
}
