/**
 * What a crawler finds in a response: the same-origin URLs of pages, feeds, sitemap entries and images. HTML is read
 * by its tags (links, alternates, images and every srcset candidate); XML (sitemaps, RSS, Atom) and JSON (JSON
 * Feed) by every value, with HTML inside a value (a feed item's content) read as HTML. Scripts, stylesheets and
 * fonts are not followed: the crawl asks for what a search engine indexes. Absolute URLs name the site by the
 * origin it was built for (SITE_URL); a server measured on another address passes that origin as `site`, and its
 * URLs are read as the server's own.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseAttributes } from '../weight/html-assets';

const TAG = /<(a|link|img|source)\b([^>]*)>/gi;
/** `<link rel>` values that name another document or a feed. */
const FOLLOWED_RELS = new Set(['alternate', 'canonical', 'next', 'prev']);

/** Where links are resolved, and the site's public origin when the server is measured on another address. */
export interface Base {
  url: URL;
  site?: string;
}

/** A same-origin URL without its fragment, or undefined for another origin, a non-HTTP scheme or nonsense. */
export function sameOrigin(reference: string, { url: base, site }: Base): string | undefined {
  try {
    let url = new URL(reference.trim(), base);
    if (site && url.origin === site) url = new URL(url.pathname + url.search, base);
    if (url.origin !== base.origin) return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The URLs of a srcset: each candidate is a URL, then an optional width or density. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

export function htmlLinks(html: string, base: Base): string[] {
  const found: string[] = [];
  for (const [, tag, source] of html.matchAll(TAG)) {
    const attributes = parseAttributes(source!);
    const name = tag!.toLowerCase();
    if (name === 'a' && attributes.href) found.push(attributes.href);
    else if (
      name === 'link' &&
      attributes.href &&
      (attributes.rel ?? '').split(/\s+/).some((rel) => FOLLOWED_RELS.has(rel))
    )
      found.push(attributes.href);
    else if (name === 'img' || name === 'source') {
      if (attributes.src) found.push(attributes.src);
      if (attributes.srcset) found.push(...srcsetUrls(attributes.srcset));
    }
  }
  return found.map((reference) => sameOrigin(reference, base)).filter((url): url is string => url !== undefined);
}

/** Every string in a parsed document (values and attributes alike). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

function linksInValues(values: string[], base: Base): string[] {
  return values.flatMap((value) => {
    if (value.includes('<')) return htmlLinks(value, base);
    const url =
      /^(https?:)?\/\//.test(value.trim()) || value.trim().startsWith('/') ? sameOrigin(value, base) : undefined;
    return url ? [url] : [];
  });
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
});

export function xmlLinks(text: string, base: Base): string[] {
  return linksInValues(strings(xml.parse(text)), base);
}

export function jsonLinks(text: string, base: Base): string[] {
  return linksInValues(strings(JSON.parse(text)), base);
}

/** Links by the response's media type; other types (images, text) lead nowhere. */
export function linksIn(contentType: string, body: string, base: Base): string[] {
  if (contentType.includes('html')) return htmlLinks(body, base);
  if (contentType.includes('xml')) return xmlLinks(body, base);
  if (contentType.includes('json')) return jsonLinks(body, base);
  return [];
}
