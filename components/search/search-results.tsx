import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import { connection } from 'next/server';
import { formatDateTime } from '@/lib/format/dates';
import { searchPageData, type SearchPageData } from '@/lib/search/search-page-data';
import { parseSearchRequest, searchHref, type SearchRequest } from '@/lib/search/search-request';

const field = 'rounded border border-rule bg-paper px-2 py-1.5';
const button = 'rounded border border-rule px-3 py-1.5 hover:bg-rule';

/** The per-request part of /search: form with filters, then results, a no-result hint or the empty state. */
export async function SearchResults({
  searchParams,
  timeZone,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  /** The reader's time zone, for each result's time. */
  timeZone: string;
}) {
  const request = parseSearchRequest(await searchParams);
  await connection();
  const data = searchPageData(request);
  return (
    <>
      <SearchForm request={request} data={data} />
      <div className="mt-6">
        {!request.q ? (
          <EmptyState data={data} />
        ) : !data.searchable ? (
          <p role="status">
            Your search held no letters or numbers to look for. Try a word from a headline, such as a company or a
            place.
          </p>
        ) : data.total === 0 ? (
          <NoResults request={request} data={data} />
        ) : (
          <Results request={request} data={data} timeZone={timeZone} />
        )}
      </div>
    </>
  );
}

function SearchForm({ request, data }: { request: SearchRequest; data: SearchPageData }) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Search with filters"
      className="mt-4 flex flex-wrap items-end gap-3 text-sm"
    >
      <label className="flex grow flex-col gap-1">
        <span className="font-bold">Search for</span>
        <input type="search" name="q" defaultValue={request.q} maxLength={200} className={`${field} text-base`} />
      </label>
      <FilterSelect
        label="Section"
        name="section"
        value={request.section}
        anyLabel="All sections"
        options={data.sections}
      />
      <FilterSelect label="Topic" name="tag" value={request.tag} anyLabel="All topics" options={data.tags} />
      <label className="flex flex-col gap-1">
        <span className="font-bold">Sort by</span>
        <select name="sort" defaultValue={request.sort} className={field}>
          <option value="relevance">Relevance</option>
          <option value="date">Newest first</option>
        </select>
      </label>
      <button type="submit" className={button}>
        Search
      </button>
    </form>
  );
}

function EmptyState({ data }: { data: SearchPageData }) {
  return (
    <div>
      <p>Search every published story by words in its headline, summary, text, topics or authors.</p>
      <SectionLinks data={data} label="Or browse a section:" />
    </div>
  );
}

function NoResults({ request, data }: { request: SearchRequest; data: SearchPageData }) {
  const filtered = request.section || request.tag;
  return (
    <div role="status">
      <p>
        No stories match <strong>“{request.q}”</strong>
        {filtered ? ' with these filters' : ''}.
      </p>
      {data.didYouMean ? (
        <p className="mt-2 text-lg">
          Did you mean{' '}
          <IntentPrefetchLink className="font-bold underline" href={searchHref(request, { q: data.didYouMean })}>
            {data.didYouMean}
          </IntentPrefetchLink>
          ?
        </p>
      ) : null}
      <ul className="mt-2 list-disc pl-6">
        {filtered ? (
          <li>
            <IntentPrefetchLink className="underline" href={searchHref(request, { section: null, tag: null })}>
              Search all sections and topics
            </IntentPrefetchLink>
          </li>
        ) : null}
        <li>Check the spelling, or use fewer or more general words.</li>
      </ul>
      <SectionLinks data={data} label="Browse a section instead:" />
    </div>
  );
}

function SectionLinks({ data, label }: { data: SearchPageData; label: string }) {
  return (
    <nav aria-label="Browse sections" className="mt-4">
      <p>{label}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {data.sections.map((s) => (
          <li key={s.slug}>
            <IntentPrefetchLink className={`${button} inline-block`} href={`/section/${s.slug}`}>
              {s.name}
            </IntentPrefetchLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Results({ request, data, timeZone }: { request: SearchRequest; data: SearchPageData; timeZone: string }) {
  return (
    <section aria-labelledby="search-count">
      <p id="search-count" role="status" className="text-sm text-muted">
        {data.capped ? `More than ${data.total.toLocaleString('en')}` : data.total}{' '}
        {data.total === 1 ? 'story matches' : 'stories match'} “{request.q}”
        {data.totalPages > 1 ? ` · page ${request.page} of ${data.totalPages}` : ''}
      </p>
      {data.hits.length === 0 ? (
        <p className="mt-4">
          This page is past the last result.{' '}
          <IntentPrefetchLink className="underline" href={searchHref(request)}>
            Go to the first page
          </IntentPrefetchLink>
          .
        </p>
      ) : (
        <ol className="mt-4 divide-y divide-rule" data-testid="search-results">
          {data.hits.map((hit) => (
            <li key={hit.slug} className="py-4">
              <p className="text-xs font-bold tracking-wide uppercase">
                <IntentPrefetchLink
                  className="text-accent underline"
                  href={searchHref(request, { section: hit.section.slug })}
                >
                  {hit.section.name}
                </IntentPrefetchLink>
                <span className="font-normal text-muted normal-case">
                  {' '}
                  · <time dateTime={hit.publishedAt}>{formatDateTime(hit.publishedAt, timeZone)}</time>
                </span>
              </p>
              <h2 className="mt-1 font-serif text-xl font-bold">
                <IntentPrefetchLink href={`/articles/${hit.slug}`} className="hover:underline">
                  {hit.title}
                </IntentPrefetchLink>
              </h2>
              <p className="mt-1 text-muted">{hit.dek}</p>
              <p className="mt-1 text-sm" data-testid="search-snippet">
                {hit.snippet.map((part, i) =>
                  part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      {data.totalPages > 1 ? (
        <nav aria-label="Search result pages" className="mt-6 flex items-center justify-between gap-3 text-sm">
          {request.page > 1 ? (
            <IntentPrefetchLink className={button} rel="prev" href={searchHref(request, { page: request.page - 1 })}>
              ← Previous
            </IntentPrefetchLink>
          ) : (
            <span />
          )}
          <span aria-current="page">
            Page {request.page} of {data.totalPages}
          </span>
          {request.page < data.totalPages ? (
            <IntentPrefetchLink className={button} rel="next" href={searchHref(request, { page: request.page + 1 })}>
              Next →
            </IntentPrefetchLink>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}

/** One filter of the search form: a labelled select whose first option means "any". */
function FilterSelect(props: {
  label: string;
  name: string;
  value: string | null | undefined;
  anyLabel: string;
  options: { slug: string; name: string }[];
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-bold">{props.label}</span>
      <select name={props.name} defaultValue={props.value ?? ''} className={field}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
