import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyForHtml, scriptHash } from '../csp/html-policy';
import { inlineScripts } from '../csp/inline-scripts';
import { HYDRATION_STARTER, hydrateAfterFirstPaint } from './hydrate-after-paint';

const page = [
  '<!DOCTYPE html><html><head>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/react.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
  '</head><body><h1>Story</h1>',
  '<script src="/_next/static/chunks/main.js" id="_R_" async=""></script>',
  '<script>self.__next_f.push([1,"a"])</script><script type="application/ld+json">{}</script>',
  '</body></html>',
].join('');

describe('hydrateAfterFirstPaint', () => {
  const html = hydrateAfterFirstPaint(page);

  it("turns Next's async chunk scripts into data blocks that keep their address and id", () => {
    expect(html).toContain('<script type="meridian/after-paint" data-src="/_next/static/chunks/react.js"></script>');
    expect(html).toContain('<script type="meridian/after-paint" data-src="/_next/static/chunks/main.js" id="_R_"></script>');
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/(react|main)\.js"/);
  });

  it('leaves the noModule polyfills, the preload, inline data and the markup as they were', () => {
    expect(html).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
    expect(html).toContain('<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>');
    expect(html).toContain('<h1>Story</h1>');
    expect(html).toContain('<script>self.__next_f.push([1,"a"])</script><script type="application/ld+json">{}</script>');
  });

  it('adds the starter once, as the last element of the body, and the CSP allows it by hash', () => {
    expect(html.endsWith(`<script>${HYDRATION_STARTER}</script></body></html>`)).toBe(true);
    expect(inlineScripts(html).filter(({ text }) => text === HYDRATION_STARTER)).toHaveLength(1);
    expect(contentSecurityPolicyForHtml(html)).toContain(scriptHash(HYDRATION_STARTER));
    expect(hydrateAfterFirstPaint(html)).toBe(html);
  });

  it('changes nothing in a document without chunk scripts or without a body end', () => {
    const plain = '<!DOCTYPE html><html><body><p>Not found</p></body></html>';
    expect(hydrateAfterFirstPaint(plain)).toBe(plain);
    const cut = page.replace('</body></html>', '');
    expect(hydrateAfterFirstPaint(cut)).toBe(cut);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(HYDRATION_STARTER)).not.toThrow();
  });
});
