export function ListingHeader({
  kicker,
  title,
  description,
  page,
}: {
  kicker: string;
  title: string;
  description: string;
  page: number;
}) {
  return (
    <header className="border-b border-rule pb-4">
      <p className="text-sm font-bold tracking-wide text-accent uppercase">{kicker}</p>
      <h1 className="mt-1 font-serif text-3xl font-bold sm:text-4xl">
        {title}
        {page > 1 ? <span className="text-muted"> · Page {page}</span> : null}
      </h1>
      <p className="mt-2 max-w-2xl text-muted">{description}</p>
    </header>
  );
}
