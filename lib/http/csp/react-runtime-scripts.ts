import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A JavaScript string literal in a minified bundle that defines one of React's streaming instructions ($RC, $RS...). */
const DEFINITION_LITERAL = /(['"])((?:\$R[A-Z]{1,3}=|requestAnimationFrame\(function\(\)\{\$RT=)(?:\\.|(?!\1)[^\\\n])*)\1/g;
/** React writes some definitions together with the start of their first call: the call is checked separately. */
const TRAILING_CALL_START = /\$R[A-Z]{1,3}\("$/;

/**
 * The exact code of React's inline streaming runtime (the `$RC`, `$RS`, `$RX`, `$RR`, `$RV` functions and the
 * `$RT` timer), read from the server runtimes of the installed Next, so an upgrade brings its own versions. Only
 * these texts may appear as code in a trusted inline script; everything else in one must be JSON data.
 */
export function reactRuntimeDefinitions(): string[] {
  const require = createRequire(import.meta.url);
  const runtimeDir = path.join(path.dirname(require.resolve('next/package.json')), 'dist', 'compiled', 'next-server');
  const definitions = new Set<string>();
  for (const file of fs.readdirSync(runtimeDir).filter((name) => /^app-page.*\.runtime\.prod\.js$/.test(name))) {
    const source = fs.readFileSync(path.join(runtimeDir, file), 'utf8');
    for (const [, , literal = ''] of source.matchAll(DEFINITION_LITERAL)) definitions.add(unescapeJsString(literal).replace(TRAILING_CALL_START, ''));
  }
  if (definitions.size === 0) throw new Error(`No React streaming runtime found in ${runtimeDir}: the CSP could not allow Next's inline scripts.`);
  // Longest first, so a definition that extends another is matched whole.
  return [...definitions].sort((a, b) => b.length - a.length);
}

function unescapeJsString(literal: string): string {
  return literal.replace(/\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|([\s\S]))/g, (_, hex, codePoint, unit, char: string | undefined) => {
    if (hex ?? unit) return String.fromCharCode(parseInt(hex ?? unit, 16));
    if (codePoint) return String.fromCodePoint(parseInt(codePoint, 16));
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0', '\n': '' } as Record<string, string>)[char!] ?? char!;
  });
}
