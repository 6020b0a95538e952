import { ArticleBody } from '@/components/article/article-body';
import type { SitePage } from '@/lib/content/site-pages';
import { formatLongDate } from '@/lib/format/dates';

/** About, Contact, Privacy, Corrections: a title, what the page is for, when it last changed, and its text. */
export function SitePageArticle({ page }: { page: SitePage }) {
  return (
    <article className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <header className="border-b border-rule pb-4">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">{page.title}</h1>
        <p className="mt-2 text-lg text-muted">{page.description}</p>
        <p className="mt-2 text-sm text-muted">
          Last updated <time dateTime={page.updatedAt}>{formatLongDate(new Date(page.updatedAt))}</time>
        </p>
      </header>
      <ArticleBody html={page.bodyHtml} />
    </article>
  );
}
