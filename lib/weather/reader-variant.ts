import { getCities, getDefaultCity } from './cities';
import { parseUnit, readPreferences, type ReaderPreferences } from './reader-preferences';

/**
 * A reader variant is one copy of every public page, rendered for one city and unit: the proxy rewrites a page
 * request to `/<variant>/<path>` from the reader's cookies, so times, the date and the weather are right in the first
 * HTML while each variant stays a static, cacheable page. The key is `<city id>.<unit>`, e.g. `new-york.f`.
 */
const VARIANT_KEY = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([cf])$/;

export function variantKey({ city, unit }: ReaderPreferences): string {
  return `${city.id}.${unit}`;
}

/** The site's own variant (default city, °C): the only one prerendered at build, and every first-time reader's. */
export function defaultVariantKey(): string {
  return variantKey({ city: getDefaultCity(), unit: 'c' });
}

/** The variant for a reader's cookies; missing, unknown or tampered values give the default city or unit. */
export function variantKeyFromCookies(get: (name: string) => string | undefined): string {
  return variantKey(readPreferences(get));
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

// The public pages that live under app/[reader]: the home pages, articles, lists and search. Not the metadata routes
// beside them (an article's social card, feeds, sitemaps), which are the same for every reader.
const READER_PAGE = /^\/(?:page\/[^/]+|articles\/[^/]+|(?:section|tag|author)\/[^/]+(?:\/page\/[^/]+)?|search)?$/;

/** Where the proxy sends a page request internally (the reader's URL does not change), or null when it is no page. */
export function readerPageRewrite(pathname: string, get: (name: string) => string | undefined): string | null {
  if (!READER_PAGE.test(pathname)) return null;
  return `/${variantKeyFromCookies(get)}${pathname === '/' ? '' : pathname}`;
}

/** The time zone a page variant shows its times in (the layout has already refused unknown variants). */
export function variantTimeZone(key: string): string {
  return (preferencesFromVariant(key)?.city ?? getDefaultCity()).timeZone;
}
