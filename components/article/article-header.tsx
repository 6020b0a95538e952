import type { Article } from '@/lib/content/types';
import { formatDateTime } from '@/lib/format/dates';
import type { Crumb } from '@/lib/seo/json-ld';
import { AuthorLink } from './author-link';
import { Breadcrumb } from './breadcrumb';

/** `timeZone` is the reader's, for the published and updated times. */
export function ArticleHeader({ article, trail, timeZone }: { article: Article; trail: Crumb[]; timeZone: string }) {
  const updated = article.updatedAt !== article.publishedAt;
  return (
    <header>
      <Breadcrumb trail={trail} />
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl">{article.title}</h1>
      <p className="mt-3 text-lg text-muted sm:text-xl">{article.dek}</p>
      <div className="mt-4 text-sm">
        <p>
          By{' '}
          {article.authors.map((author, index) => (
            <span key={author.slug}>
              {index > 0 ? (index === article.authors.length - 1 ? ' and ' : ', ') : null}
              <AuthorLink author={author} />
            </span>
          ))}
        </p>
        <p className="mt-1 text-muted">
          Published <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, timeZone)}</time>
          {updated ? (
            <>
              {' · '}Updated <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, timeZone)}</time>
            </>
          ) : null}
          {' · '}
          <span data-testid="reading-time">{article.readingMinutes} min read</span>
        </p>
      </div>
    </header>
  );
}
