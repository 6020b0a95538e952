import { HYDRATION_STARTER } from '../html/hydrate-after-paint';

/** Next's inline scripts that call a function with one JSON value: RSC flight data and Turbopack's chunk list. */
const JSON_CALLS = ['self.__next_f.push(', '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push('];
/** Inline scripts that are always the same text: Next's, and ours that starts its scripts after the first paint. */
const CONSTANT_SCRIPTS = new Set(['(self.__next_f=self.__next_f||[]).push([0])', HYDRATION_STARTER]);
const RUNTIME_CALL = /^\$R[A-Z]{1,3}\(([\s\S]*)\)$/;

/**
 * Whether an inline script is one Next or React writes: a known constant, a known call whose argument is JSON
 * (data, never code), or React's streaming runtime (exact texts from `definitions`) followed by at most one call
 * of it with JSON arguments. Anything else, such as a script injected through content, is not trusted, so its
 * hash is never added to the policy and the browser refuses it.
 */
export function isTrustedInlineScript(text: string, definitions: readonly string[]): boolean {
  if (CONSTANT_SCRIPTS.has(text)) return true;
  for (const call of JSON_CALLS) {
    if (!text.startsWith(call)) continue;
    const argument = /^([\s\S]*)\);?$/.exec(text.slice(call.length));
    return argument !== null && isJson(argument[1]!);
  }
  let rest = text;
  let defined = false;
  for (let progress = true; progress; ) {
    progress = false;
    for (const definition of definitions) {
      if (!rest.startsWith(definition)) continue;
      rest = rest.slice(definition.length).replace(/^;+/, '');
      defined = progress = true;
      break;
    }
  }
  if (rest === '') return defined;
  const call = RUNTIME_CALL.exec(rest);
  return call !== null && isJson(`[${call[1]}]`);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
