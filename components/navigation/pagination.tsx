import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';

/** Real links to neighbouring pages, so lists page without JavaScript and crawlers reach the archive. */
export function pageHref(basePath: string, page: number): string {
  if (page <= 1) return basePath || '/';
  return `${basePath}/page/${page}`;
}

export function Pagination({
  basePath,
  page,
  totalPages,
  noun = 'stories',
}: {
  basePath: string;
  page: number;
  totalPages: number;
  /** What the pages hold: "Newer stories", or a live story's "Newer updates". */
  noun?: string;
}) {
  if (totalPages <= 1) return null;
  const linkClass = 'rounded border border-rule px-3 py-1.5 hover:bg-rule';
  return (
    <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <IntentPrefetchLink href={pageHref(basePath, page - 1)} rel="prev" className={linkClass}>
          {`← Newer ${noun}`}
        </IntentPrefetchLink>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <IntentPrefetchLink href={pageHref(basePath, page + 1)} rel="next" className={linkClass}>
          {`Older ${noun} →`}
        </IntentPrefetchLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
