import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../security-headers';
import { inlineScripts } from './inline-scripts';
import { reactRuntimeDefinitions } from './react-runtime-scripts';
import { isTrustedInlineScript } from './trusted-inline-scripts';

let definitions: string[] | undefined;

/** The CSP source for one inline script: the SHA-256 of its exact text (UTF-8), base64. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy for one finished HTML document: scripts from the site, plus exactly the inline
 * scripts Next and React wrote into it, by hash. No 'unsafe-inline', so any other inline script is refused.
 */
export function contentSecurityPolicyForHtml(html: string): string {
  definitions ??= reactRuntimeDefinitions();
  const hashes = new Set<string>();
  for (const { text } of inlineScripts(html)) if (isTrustedInlineScript(text, definitions)) hashes.add(scriptHash(text));
  return contentSecurityPolicy(["'self'", ...hashes]);
}
