/**
 * Next's client scripts start once the page's first contentful paint, and its hero image's paint, are on screen:
 * they are fetched and run then, not while the browser still parses and lays out the document (only the entry chunk,
 * which Next preloads at low priority, is fetched earlier). Every page is complete without JavaScript (the story,
 * links, forms), so the scripts only enhance what the reader already sees. On a phone's network the story's bytes
 * (HTML, headline font, hero) no longer share the link with 160 kB of scripts, and on a fast one the scripts no
 * longer run between parsing and the first paint (README, "Performance").
 */

/**
 * A script type browsers neither fetch nor run: Next's `<script src async>` tags wait as such data blocks, their `src`
 * kept as `data-src` (HTML allows neither `src` nor `async` on a data block).
 */
export const WAITING_SCRIPT_TYPE = 'meridian/after-paint';

/**
 * The starter, inline at the end of the body. Each waiting script becomes a real one (its `data-src` as `src`, its
 * other attributes but the type; inserted by script, it runs as soon as it arrives, as `async` did) once the
 * paint-timing entry "first-contentful-paint" was reported and every high-priority image (next/image `priority`: the
 * hero) was painted: reported as the largest contentful paint (entries that come after the frame was presented), or
 * decoded half a second earlier when it is not the largest element, or failed to load. Where these entry types are
 * missing, a decoded hero counts as painted; after 3 s the scripts start in any case (a tab in the background paints
 * nothing).
 */
export const HYDRATION_STARTER = [
  '(() => {',
  '  let started = false;',
  '  const start = () => {',
  '    if (started) return;',
  '    started = true;',
  `    for (const waiting of document.querySelectorAll('script[type="${WAITING_SCRIPT_TYPE}"]')) {`,
  "      const script = document.createElement('script');",
  "      for (const { name, value } of waiting.attributes) if (name !== 'type') script.setAttribute(name === 'data-src' ? 'src' : name, value);",
  '      waiting.replaceWith(script);',
  '    }',
  '  };',
  '  const supported = PerformanceObserver.supportedEntryTypes || [];',
  "  const heroes = new Set(document.querySelectorAll('img[fetchpriority=\"high\"]'));",
  "  let painted = !supported.includes('paint');",
  '  const check = () => { if (painted && heroes.size === 0) setTimeout(start); };',
  '  const done = (hero) => { heroes.delete(hero); check(); };',
  "  const notLargestAfter = supported.includes('largest-contentful-paint') ? 500 : 0;",
  '  for (const hero of heroes) hero.decode().then(() => setTimeout(() => done(hero), notLargestAfter), () => done(hero));',
  '  const observe = (type, seen) => { if (supported.includes(type)) new PerformanceObserver((list) => { list.getEntries().forEach(seen); check(); }).observe({ type, buffered: true }); };',
  "  observe('paint', (entry) => { if (entry.name === 'first-contentful-paint') painted = true; });",
  "  observe('largest-contentful-paint', (entry) => heroes.delete(entry.element));",
  '  check();',
  '  setTimeout(start, 3000);',
  '})();',
].join('\n');

const NEXT_ASYNC_SCRIPT = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"((?: [a-zA-Z]+="[^"]*")*) async=""((?: [a-zA-Z]+="[^"]*")*)><\/script>/g;

/** The document with Next's async chunk scripts waiting, and the starter at the end of the body. */
export function hydrateAfterFirstPaint(html: string): string {
  const end = html.lastIndexOf('</body>');
  if (end === -1) return html;
  let waiting = 0;
  const rewritten = html.slice(0, end).replace(NEXT_ASYNC_SCRIPT, (_tag, src: string, before: string, after: string) => {
    waiting++;
    return `<script type="${WAITING_SCRIPT_TYPE}" data-src="${src}"${before}${after}></script>`;
  });
  if (waiting === 0) return html;
  return `${rewritten}<script>${HYDRATION_STARTER}</script>${html.slice(end)}`;
}
