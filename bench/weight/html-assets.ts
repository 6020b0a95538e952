/** What a page's HTML (and its Link header) makes the browser load: scripts, stylesheets, font preloads, images, inline script text. */
export interface HtmlAssets {
  /** External scripts a module-capable browser runs (`noModule` polyfills are left out: such a browser skips them). */
  scripts: string[];
  noModuleScripts: string[];
  /** Stylesheet files, linked or inlined (Next's inlineCss writes `<style data-href="/_next/…css">` with that file's text). */
  stylesheets: string[];
  inlineScript: string;
  fontPreloads: string[];
  images: Record<string, string>[];
}

const TAG = /<(script|link|img|style)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-zA-Z:-]+)(?:="([^"]*)")?/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** React writes every attribute double-quoted, so a tag-level scan is exact for the HTML Next renders. */
export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of source.matchAll(ATTRIBUTE))
    attributes[name!.toLowerCase()] = decodeEntities(value ?? '');
  return attributes;
}

export function htmlAssets(html: string): HtmlAssets {
  const assets: HtmlAssets = {
    scripts: [],
    noModuleScripts: [],
    stylesheets: [],
    inlineScript: '',
    fontPreloads: [],
    images: [],
  };
  for (const [, tag, source] of html.matchAll(TAG)) {
    const attributes = parseAttributes(source!);
    const name = tag!.toLowerCase();
    if (name === 'script' && attributes.src)
      ('nomodule' in attributes ? assets.noModuleScripts : assets.scripts).push(attributes.src);
    else if (name === 'link' && attributes.rel === 'stylesheet' && attributes.href)
      assets.stylesheets.push(attributes.href);
    else if (name === 'link' && attributes.rel === 'preload' && attributes.as === 'font' && attributes.href)
      assets.fontPreloads.push(attributes.href);
    // React merges the stylesheets of one precedence into one <style>, its data-href listing them all; an inline
    // <style href> of the app's own (the colour tokens) names no file.
    else if (name === 'style' && attributes['data-href'])
      assets.stylesheets.push(...attributes['data-href'].split(/\s+/).filter((href) => href.startsWith('/')));
    else if (name === 'img') assets.images.push(attributes);
  }
  assets.inlineScript = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]).join('\n');
  // The same file may be both preloaded and loaded: count it once.
  assets.scripts = [...new Set(assets.scripts)];
  assets.noModuleScripts = [...new Set(assets.noModuleScripts)];
  assets.stylesheets = [...new Set(assets.stylesheets)];
  return assets;
}

/** Font preloads sent as an HTTP `Link` header (Next sends them so for prerendered pages, before any HTML). */
export function linkHeaderFontPreloads(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(/,\s*(?=<)/)
    .filter((entry) => /;\s*rel="?preload"?/.test(entry) && /;\s*as="?font"?/.test(entry))
    .map((entry) => /^<([^>]+)>/.exec(entry)?.[1] ?? '')
    .filter(Boolean);
}
