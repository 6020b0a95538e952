import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { Article } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format/dates';

/** `timeZone` is the reader's, for the published and updated times. */
export function ArticleHeader({ article, timeZone }: { article: Article; timeZone: string }) {
  const updated = article.updatedAt !== article.publishedAt;
  return (
    <header>
      <p className="text-sm font-bold tracking-wide text-[var(--color-accent)] uppercase">
        <IntentPrefetchLink href={`/section/${article.section.slug}`} className="hover:underline">
          {article.section.name}
        </IntentPrefetchLink>
      </p>
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">{article.title}</h1>
      <p className="mt-3 text-lg text-[var(--color-muted)] sm:text-xl">{article.dek}</p>
      <div className="mt-4 text-sm">
        <p>
          By{' '}
          {article.authors.map((author, index) => (
            <span key={author.slug}>
              {index > 0 ? (index === article.authors.length - 1 ? ' and ' : ', ') : null}
              <IntentPrefetchLink
                href={`/author/${author.slug}`}
                rel="author"
                className="font-semibold hover:underline"
              >
                {author.name}
              </IntentPrefetchLink>
            </span>
          ))}
        </p>
        <p className="mt-1 text-[var(--color-muted)]">
          Published <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, timeZone)}</time>
          {updated ? (
            <>
              {' · '}Updated <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, timeZone)}</time>
            </>
          ) : null}
        </p>
      </div>
    </header>
  );
}
