import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyForHtml, scriptHash } from './html-policy';
import { inlineScripts } from './inline-scripts';
import { reactRuntimeDefinitions } from './react-runtime-scripts';
import { isTrustedInlineScript } from './trusted-inline-scripts';

const definitions = reactRuntimeDefinitions();
const completeBoundary = definitions.find((d) => d.startsWith('$RB=[];'))!;

describe('inlineScripts', () => {
  it('finds the scripts a browser runs inline, exactly as written, and skips external and data scripts', () => {
    const html = [
      '<script src="/_next/static/a.js" async=""></script>',
      '<script>one()</script>',
      '<SCRIPT type="module">two()</SCRIPT >',
      '<script type="text/javascript">three("</p>")</script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script type=\'application/json\'>{}</script>',
      '<script data-x="a>b">four()</script>',
    ].join('\n');
    expect(inlineScripts(html).map((s) => s.text)).toEqual(['one()', 'two()', 'three("</p>")', 'four()']);
  });
});

describe('isTrustedInlineScript', () => {
  it("trusts Next's flight data, Turbopack's chunk list and React's streaming runtime from the installed Next", () => {
    expect(completeBoundary).toContain('$RC=function');
    const trusted = [
      '(self.__next_f=self.__next_f||[]).push([0])',
      'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])',
      'self.__next_f.push([2,null])',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});',
      'requestAnimationFrame(function(){$RT=performance.now()});',
      `${completeBoundary}$RC("B:0","S:0")`,
      '$RC("B:1","S:1")',
      '$RX("B:2","digest")',
    ];
    for (const text of trusted) expect(isTrustedInlineScript(text, definitions), text).toBe(true);
  });

  it('refuses anything else, however close to those it looks', () => {
    const injected = [
      'alert(1)',
      'self.__next_f.push([1,alert(1)])',
      'self.__next_f.push([1,"a"]);alert(1)',
      'self.__next_f.push([1,"a"]);alert(1);self.__next_f.push([1,"b"])',
      '(self.__next_f=self.__next_f||[]).push([0]);alert(1)',
      `${completeBoundary}$RC("B:0",alert(1))`,
      `${completeBoundary}alert(1)`,
      `alert(1);${completeBoundary}`,
      '$RC=function(){alert(1)};$RC("B:0","S:0")',
      '$RC("B:0","S:0");alert(1)',
      '',
    ];
    for (const text of injected) expect(isTrustedInlineScript(text, definitions), text).toBe(false);
  });
});

describe('contentSecurityPolicyForHtml', () => {
  it("lists the hash of each of Next's inline scripts and nothing for an injected one", () => {
    const flight = 'self.__next_f.push([1,"x"])';
    const csp = contentSecurityPolicyForHtml(`<script>${flight}</script><article><script>alert(1)</script></article>`);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' ${scriptHash(flight)}`);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
  });
});
