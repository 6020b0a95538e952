/** One URL per page type, from the sample newsroom in data/: what the end-to-end suites check and the benchmarks load. */
export const PAGE_TYPES = {
  home: '/',
  homeArchive: '/page/2',
  article: '/articles/gold-climbs-as-central-banks-keep-buying',
  live: '/articles/halvorsen-shareholders-vote-on-brightwater-bid',
  sectionIndex: '/section',
  section: '/section/markets',
  topicIndex: '/tag',
  tag: '/tag/electric-vehicles',
  author: '/author/lena-okafor',
  sitePage: '/privacy',
  notFound: '/articles/no-such-story',
} as const;

/** The search results page, measured with the others (e2e checks it on its own: it is `noindex`). */
export const SEARCH_PAGE = '/search?q=gold';
