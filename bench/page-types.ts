/**
 * One URL per page type, from the sample newsroom in data/: what the benchmarks load. The end-to-end suites may
 * import it too (e2e depends on bench for this list, never the other way round).
 */
export const PAGE_TYPES = {
  home: '/',
  homeArchive: '/page/2',
  article: '/articles/gold-climbs-as-central-banks-keep-buying',
  section: '/section/markets',
  tag: '/tag/electric-vehicles',
  author: '/author/lena-okafor',
  search: '/search?q=gold',
  notFound: '/articles/no-such-story',
} as const;
