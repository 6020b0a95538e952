/** One URL per page type, from the sample newsroom, shared by the end-to-end suites. */
export const PAGE_TYPES = {
  home: '/',
  homeArchive: '/page/2',
  article: '/articles/gold-climbs-as-central-banks-keep-buying',
  section: '/section/markets',
  tag: '/tag/electric-vehicles',
  author: '/author/lena-okafor',
  notFound: '/articles/no-such-story',
} as const;

