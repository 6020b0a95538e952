import { describe, expect, it } from 'vitest';
import { htmlAssets, linkHeaderFontPreloads } from './html-assets';

describe('htmlAssets', () => {
  const html = [
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<style data-precedence="next" data-href="/_next/static/chunks/b.css /_next/static/chunks/c.css">body{margin:0}</style><style>.x{}</style>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
    '<link rel="preload" as="font" href="/_next/static/media/inter.woff2" crossorigin=""/>',
    '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
    '<script src="/_next/static/chunks/main.js" async=""></script><script src="/_next/static/chunks/main.js" async=""></script>',
    '<script>self.__next_f.push([1,"a"])</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    '<img alt="" sizes="96px" srcSet="/_next/image?url=%2Fa.webp&amp;w=96&amp;q=75 96w" src="/_next/image?url=%2Fa.webp&amp;w=96&amp;q=75"/>',
  ].join('');

  it('lists each script once and keeps noModule polyfills apart', () => {
    const assets = htmlAssets(html);
    expect(assets.scripts).toEqual(['/_next/static/chunks/main.js']);
    expect(assets.noModuleScripts).toEqual(['/_next/static/chunks/poly.js']);
  });

  it('finds stylesheets (linked or inlined), font preloads and inline script text', () => {
    const assets = htmlAssets(html);
    expect(assets.stylesheets).toEqual([
      '/_next/static/chunks/a.css',
      '/_next/static/chunks/b.css',
      '/_next/static/chunks/c.css',
    ]);
    expect(assets.fontPreloads).toEqual(['/_next/static/media/inter.woff2']);
    expect(assets.inlineScript).toBe('self.__next_f.push([1,"a"])\n{"@type":"NewsArticle"}');
  });

  it('reads image attributes case-insensitively with entities decoded', () => {
    const [image] = htmlAssets(html).images;
    expect(image).toMatchObject({
      sizes: '96px',
      srcset: '/_next/image?url=%2Fa.webp&w=96&q=75 96w',
      src: '/_next/image?url=%2Fa.webp&w=96&q=75',
    });
  });
});

describe('linkHeaderFontPreloads', () => {
  it('keeps only font preloads', () => {
    const header =
      '</_next/static/media/a.woff2>; rel=preload; as="font"; crossorigin=""; type="font/woff2", </x.css>; rel=preload; as="style"';
    expect(linkHeaderFontPreloads(header)).toEqual(['/_next/static/media/a.woff2']);
    expect(linkHeaderFontPreloads(null)).toEqual([]);
  });
});
