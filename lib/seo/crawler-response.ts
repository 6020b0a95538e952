/** Crawler documents are public and cacheable by CDNs for a few minutes, like the pages they describe. */
export function crawlerResponse(body: string | null, contentType: string): Response {
  if (body === null)
    return new Response('Not found.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
    },
  });
}
