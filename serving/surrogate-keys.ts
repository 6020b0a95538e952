/**
 * `Surrogate-Key` on every cacheable route: the cache tags (lib/cache-tags.ts) its page is built from, so an edge
 * cache (Varnish's xkey, Fastly) can purge exactly what a revalidation expires. Every page shows lists of the
 * latest stories, so each also carries `content`; the route's own entity is named by its parameter.
 */
const ENTITY_ROUTES = [
  { source: '/articles/:slug', tag: 'article' },
  // Older pages of a live story's updates (decision 017).
  { source: '/articles/:slug/page/:page', tag: 'article' },
  { source: '/section/:slug/:page*', tag: 'section' },
  { source: '/tag/:slug/:page*', tag: 'tag' },
  { source: '/author/:slug/:page*', tag: 'author' },
  // A live story's feeds of its updates: the desk's post expires the story's tag.
  { source: '/feeds/live/:slug/:format', tag: 'article' },
] as const;

export function surrogateKeys() {
  return [
    // Fronts, feeds, sitemaps, search and the stories API: built from the whole archive.
    {
      source: '/:path((?!articles/|section/|tag/|author/|feeds/live/|media/|_next/|images/|api/live/).*)',
      headers: [{ key: 'Surrogate-Key', value: 'content' }],
    },
    ...ENTITY_ROUTES.map(({ source, tag }) => ({
      source,
      headers: [{ key: 'Surrogate-Key', value: `content ${tag}::slug` }],
    })),
    // A live story's updates for readers' browsers: only the story's own tag, so nothing else purges them.
    { source: '/api/live/:slug', headers: [{ key: 'Surrogate-Key', value: 'article::slug' }] },
    // Social-card crops of an article's own image.
    { source: '/media/articles/:slug/:ratio', headers: [{ key: 'Surrogate-Key', value: 'article::slug' }] },
  ];
}
