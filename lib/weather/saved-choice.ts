/**
 * The cookies that keep a reader's weather city and unit: only these two values. Next's router reads them to pick the
 * reader's variant of each page (lib/weather/reader-variant.ts); no script needs them.
 */
export const CITY_COOKIE = 'meridian-city';
export const UNIT_COOKIE = 'meridian-unit';
export const PREFERENCE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;
