/** Cache tag names, in one place so getters and revalidation agree. */
export const CACHE_TAGS = {
  /** Everything derived from data/: revalidating it refreshes the whole site. */
  content: 'content',
  article: (slug: string) => `article:${slug}`,
  /**
   * A live story's polled JSON, expired with the story's tag but in the first pass only (lib/editors/expire-tags.ts),
   * so readers polling through an update cost one render.
   */
  liveFeed: (slug: string) => `live:${slug}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  /** A site page (About, Privacy, ...): data/pages/<slug>.md. */
  sitePage: (slug: string) => `page:${slug}`,
  /** The default city's weather and date in every page's header. */
  weather: 'weather',
} as const;
