/** One `<script>` element without `src` whose content a browser would run as JavaScript. */
export interface InlineScript {
  /** The element's text exactly as in the document: what a CSP hash covers. */
  text: string;
}

const SCRIPT = /<script\b((?:"[^"]*"|'[^']*'|[^"'>])*)>([\s\S]*?)<\/script[\s/>]/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** The types a browser executes: none, the JavaScript MIME types, and modules (HTML, "prepare the script element"). */
const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/i;

export function inlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  for (const [, attributeText = '', text = ''] of html.matchAll(SCRIPT)) {
    const attributes = new Map<string, string>();
    for (const [, name = '', double, single, bare] of attributeText.matchAll(ATTRIBUTE)) {
      if (!attributes.has(name.toLowerCase())) attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
    }
    if (attributes.has('src')) continue;
    if (!EXECUTABLE_TYPE.test((attributes.get('type') ?? '').trim())) continue;
    scripts.push({ text });
  }
  return scripts;
}
