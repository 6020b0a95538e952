import { getCities, getDefaultCity } from './cities';
import { parseUnit, type ReaderPreferences } from './reader-preferences';
import { CITY_COOKIE, UNIT_COOKIE } from './saved-choice';

/**
 * A reader variant is one copy of every public page, rendered for one city and unit: Next's router rewrites a page
 * request to `/<variant>/<path>` from the reader's cookies (next.config.ts), so times, the date and the weather are right in the first
 * HTML while each variant stays a static, cacheable page. The key is `<city id>.<unit>`, e.g. `new-york.f`.
 */
const VARIANT_KEY = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([cf])$/;

/** The site's own variant (default city, °C): the only one prerendered at build, and every first-time reader's. */
export function defaultVariantKey(): string {
  return `${getDefaultCity().id}.c`;
}

/** The city and unit a variant key names, or null for anything that is not a variant of a known city. */
export function preferencesFromVariant(key: string): ReaderPreferences | null {
  const match = VARIANT_KEY.exec(key);
  const city = match && getCities().find((c) => c.id === match[1]);
  return city ? { city, unit: parseUnit(match[2]) } : null;
}

/** True when a path's first segment has the shape of a variant key: such URLs are internal and answer 404. */
export function startsWithVariantKey(pathname: string): boolean {
  return VARIANT_KEY.test(pathname.split('/')[1] ?? '');
}

/** A rewrite as next.config's `rewrites()` takes it (Next's documented `has` conditions on cookies). */
export interface VariantRewrite {
  source: string;
  destination: string;
  has?: { type: 'cookie'; key: string; value: string }[];
}

// The public pages that live under app/[reader]: the home pages, articles, lists and search. Not the metadata routes
// beside them (an article's social card, feeds, sitemaps), which are the same for every reader.
const READER_PAGES = [
  '',
  '/page/:page',
  '/articles/:slug',
  '/articles/:slug/page/:page',
  '/section',
  '/section/:rest+',
  '/tag',
  '/tag/:rest+',
  '/author/:rest+',
  '/search',
  '/about',
  '/contact',
  '/privacy',
  '/corrections',
];

/**
 * The rewrites that serve each public page as the reader's variant, in Next's router itself (after proxy.ts, which
 * sees the public URL): first match wins, so a known city with °F, a known city, °F alone, then the site's variant.
 * Unknown or tampered cookie values match no condition and fall through to the defaults.
 */
export function readerVariantRewrites(): VariantRewrite[] {
  const defaultCity = getDefaultCity().id;
  const city = {
    type: 'cookie' as const,
    key: CITY_COOKIE,
    value: `(?<city>${getCities()
      .map((c) => c.id)
      .join('|')})`,
  };
  const fahrenheit = { type: 'cookie' as const, key: UNIT_COOKIE, value: 'f' };
  const variants = [
    { prefix: '/:city.f', has: [city, fahrenheit] },
    { prefix: '/:city.c', has: [city] },
    { prefix: `/${defaultCity}.f`, has: [fahrenheit] },
    { prefix: `/${defaultCity}.c` },
  ];
  return variants.flatMap(({ prefix, has }) =>
    READER_PAGES.map((page) => ({ source: page || '/', destination: `${prefix}${page}`, ...(has ? { has } : {}) })),
  );
}

/** The time zone a page variant shows its times in (the layout has already refused unknown variants). */
export function variantTimeZone(key: string): string {
  return (preferencesFromVariant(key)?.city ?? getDefaultCity()).timeZone;
}
